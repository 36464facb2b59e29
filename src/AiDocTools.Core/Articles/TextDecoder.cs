using System;
using System.Text;
using UtfUnknown;

namespace AiDocTools.Articles
{
    /// <summary>Turns a file's bytes into text, finding the encoding when no byte-order mark names it.</summary>
    public static class TextDecoder
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        static TextDecoder()
        {
            // Shift_JIS and EUC-JP live in the code-pages provider on .NET Core.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        /// <summary>The decoded text and the name of the encoding it came from.</summary>
        public static (string Text, string EncodingName) Decode(byte[] bytes, string path)
        {
            var bom = DecodeByByteOrderMark(bytes);
            if (bom.HasValue)
            {
                return bom.Value;
            }

            var utf16 = HasBinarySignature(bytes) ? null : DecodeUnmarkedUtf16(bytes);
            if (utf16.HasValue)
            {
                return utf16.Value;
            }

            if (LooksBinary(bytes))
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.Binary, Message.Format(Messages.FileIsBinary, path));
            }

            try
            {
                return (StrictUtf8.GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: fall through to detection, which is what Japanese legacy files need.
            }

            var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
            var encoding = detected?.Encoding;
            if (encoding == null || detected!.Confidence < 0.2f || encoding is UTF8Encoding)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.UnknownEncoding, Message.Format(Messages.EncodingUnknown, path));
            }

            var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                return (strict.GetString(bytes), strict.WebName);
            }
            catch (DecoderFallbackException ex)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.UnknownEncoding, Message.Format(Messages.EncodingUnknown, path), ex);
            }
        }

        private static (string, string)? DecodeByByteOrderMark(byte[] b)
        {
            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            {
                return (new UTF8Encoding(false).GetString(b, 3, b.Length - 3), "utf-8");
            }

            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            {
                return (new UTF32Encoding(false, false).GetString(b, 4, b.Length - 4), "utf-32");
            }

            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            {
                return (Encoding.Unicode.GetString(b, 2, b.Length - 2), "utf-16");
            }

            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return (Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2), "utf-16BE");
            }

            return null;
        }

        // Without a BOM, UTF-16 is recognised by what it decodes to: nearly every unit a character prose uses
        // (kana, kanji, Latin, punctuation, whitespace) and no broken surrogate pairs. Byte patterns alone fail
        // for Japanese, whose code units have zero bytes on either side (U+4E00) or none at all (U+3042).
        private static (string, string)? DecodeUnmarkedUtf16(byte[] b)
        {
            if (b.Length < 4 || b.Length % 2 != 0 || Array.IndexOf(b, (byte)0) < 0)
            {
                return null;
            }

            foreach (var encoding in new[] { (Encoding)new UnicodeEncoding(false, false, true), new UnicodeEncoding(true, false, true) })
            {
                string text;
                try
                {
                    text = encoding.GetString(b);
                }
                catch (DecoderFallbackException)
                {
                    continue;
                }

                var sample = Math.Min(text.Length, 4096);
                var plausible = 0;
                for (var i = 0; i < sample; i++)
                {
                    if (IsProseCharacter(text[i]))
                    {
                        plausible++;
                    }
                }

                if (plausible >= sample * 0.95)
                {
                    return (text, encoding.CodePage == 1201 ? "utf-16BE" : "utf-16");
                }
            }

            return null;
        }

        private static bool IsProseCharacter(char c) =>
            (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
            || (c >= 0xA0 && c < 0x2000) || (c >= 0x2000 && c < 0x2BFF)
            || (c >= 0x3000 && c < 0xA000) || (c >= 0xF900 && c < 0xFB00) || (c >= 0xFE30 && c < 0xFFF0)
            || char.IsSurrogate(c);

        /// <summary>Images, archives and documents in a binary format, by their magic number.</summary>
        private static bool HasBinarySignature(byte[] b) =>
            StartsWith(b, 0x89, 0x50, 0x4E, 0x47) || StartsWith(b, 0x50, 0x4B, 0x03, 0x04) || StartsWith(b, 0x25, 0x50, 0x44, 0x46)
            || StartsWith(b, 0x47, 0x49, 0x46, 0x38) || StartsWith(b, 0xFF, 0xD8, 0xFF) || StartsWith(b, 0x1F, 0x8B);

        /// <summary>
        /// Files that are images, archives or documents in a binary format: a known magic number,
        /// or control bytes that no text encoding uses in prose.
        /// </summary>
        internal static bool LooksBinary(byte[] b)
        {
            if (HasBinarySignature(b))
            {
                return true;
            }

            var sample = Math.Min(b.Length, 8192);
            var control = 0;
            for (var i = 0; i < sample; i++)
            {
                // Text has a control byte (a line feed, mostly) every few dozen bytes at most: eight bytes with none below
                // 0x20 are passed over at once (the word test is exact: some byte is below 0x20 exactly when it is nonzero).
                if (i + 8 <= sample && (i & 7) == 0)
                {
                    var word = BitConverter.ToUInt64(b, i);
                    if (((word - 0x2020202020202020UL) & ~word & 0x8080808080808080UL) == 0)
                    {
                        i += 7;
                        continue;
                    }
                }

                var c = b[i];
                if (c == 0)
                {
                    return true;
                }

                if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
                {
                    control++;
                }
            }

            return control > sample / 100 + 1;
        }

        private static bool StartsWith(byte[] b, params byte[] magic)
        {
            if (b.Length < magic.Length)
            {
                return false;
            }

            for (var i = 0; i < magic.Length; i++)
            {
                if (b[i] != magic[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
