using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiDocTools.Articles
{
    /// <summary>What a line of an article turned out to be.</summary>
    internal enum LineRole
    {
        Content,

        /// <summary>Page chrome: removed from the body and kept verbatim in <see cref="Article.Boilerplate"/>.</summary>
        Boilerplate,

        /// <summary>Headline, dateline, byline or credit: kept in the body, never a heading.</summary>
        Metadata,
    }

    /// <summary>
    /// One unit the cleaner judges: a line of a text file, or one block of Markdown or HTML,
    /// with the normalised forms the rules compare.
    /// </summary>
    internal sealed class ArticleLine
    {
        public ArticleLine(int index, string text, BlockKind kind)
        {
            Index = index;
            Text = text;
            Kind = kind;
            Norm = LineShape.Normalize(text);
            Bare = LineShape.Bare(Norm);
        }

        public int Index { get; }

        /// <summary>The line as written.</summary>
        public string Text { get; }

        public BlockKind Kind { get; }

        /// <summary>NFKC, trimmed, runs of spaces collapsed.</summary>
        public string Norm { get; }

        /// <summary><see cref="Norm"/> without emoji, symbols and edge punctuation, Latin lower-cased: what cue words are matched against.</summary>
        public string Bare { get; }

        public bool IsBlank => Norm.Length == 0;

        public LineRole Role { get; set; }

        /// <summary>Which boilerplate rule application removed the line; lines of one region are reported as one block.</summary>
        public int Region { get; set; } = -1;

        public bool IsBoilerplate => Role == LineRole.Boilerplate;

        public bool IsContent => Role == LineRole.Content && !IsBlank;

        public override string ToString() => Text;
    }

    /// <summary>Shape tests on a line: is it prose, a list entry, a bare marker.</summary>
    internal static class LineShape
    {
        public static readonly System.TimeSpan RegexTimeout = System.TimeSpan.FromMilliseconds(250);

        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant, RegexTimeout);
        private static readonly Regex LatinSentence = new Regex(@"[a-z0-9)""'”’][.!?][""'”’)]?(\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);
        private static readonly Regex Url = new Regex(@"https?://", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);

        public static string Normalize(string text)
        {
            var nfkc = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            return Spaces.Replace(nfkc, " ").Trim();
        }

        /// <summary>Drops emoji, pictographs, keycaps and variation selectors, then edge punctuation; lower-cases Latin.</summary>
        public static string Bare(string norm)
        {
            var text = new StringBuilder(norm.Length);
            for (var i = 0; i < norm.Length; i++)
            {
                var c = norm[i];
                if (char.IsHighSurrogate(c) && i + 1 < norm.Length)
                {
                    // Characters outside the BMP in articles are emoji and pictographs (🎉, 🧵).
                    i++;
                    continue;
                }

                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.OtherSymbol || category == UnicodeCategory.NonSpacingMark
                    || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.Format
                    || category == UnicodeCategory.Surrogate)
                {
                    continue;
                }

                text.Append(char.ToLowerInvariant(c));
            }

            return Spaces.Replace(text.ToString(), " ").Trim().Trim(EdgePunctuation).Trim();
        }

        private static readonly char[] EdgePunctuation = ":;,、。.!?・-–—|/*•●○■□◆◇▶▼►>»›<«‹\"'“”‘’[]()【】「」『』 ".ToCharArray();

        public static int Length(ArticleLine line) => new StringInfo(line.Norm).LengthInTextElements;

        /// <summary>A sentence of running text: Japanese with 。, English with a sentence stop, or simply long.</summary>
        public static bool IsProse(ArticleLine line)
        {
            var length = Length(line);
            return line.Norm.IndexOf('。') >= 0
                || (length >= 40 && LatinSentence.IsMatch(line.Norm))
                || length >= 100;
        }

        /// <summary>Text a paragraph can start with after a heading: a sentence, or a long enough line.</summary>
        public static bool IsBodyText(ArticleLine line)
        {
            var length = Length(line);
            return IsProse(line) || length >= 40 || (length >= 15 && EndsLikeSentence(line.Norm));
        }

        public static bool EndsLikeSentence(string norm) =>
            norm.Length > 0 && "。.!?:」』)".IndexOf(norm[norm.Length - 1]) >= 0;

        /// <summary>An entry of a link list: a title, a label, a parenthesised translation; not a sentence.</summary>
        public static bool IsListLike(ArticleLine line)
        {
            if (line.IsBlank)
            {
                return false;
            }

            var length = Length(line);
            if (line.Norm.StartsWith("(", System.StringComparison.Ordinal) && line.Norm.EndsWith(")", System.StringComparison.Ordinal))
            {
                return length <= 250;
            }

            return length <= 100 && line.Norm.IndexOf('。') < 0 && !(length >= 40 && LatinSentence.IsMatch(line.Norm));
        }

        /// <summary>A lone marker such as ❶, 1. or ※: content, but neither title nor heading.</summary>
        public static bool IsMarker(ArticleLine line) => !line.IsBlank && line.Bare.Length <= 1;

        public static bool HasUrl(ArticleLine line) => Url.IsMatch(line.Norm);

        public static bool IsParenthesised(ArticleLine line) =>
            line.Norm.Length > 2 && line.Norm[0] == '(' && line.Norm[line.Norm.Length - 1] == ')';

        public static bool ContainsAny(string text, System.Collections.Generic.IEnumerable<string> cues)
        {
            foreach (var cue in cues)
            {
                if (cue.Length > 0 && text.IndexOf(cue, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static int CountAny(string text, System.Collections.Generic.IEnumerable<string> cues)
        {
            var count = 0;
            foreach (var cue in cues)
            {
                if (cue.Length > 0 && text.IndexOf(cue, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    count++;
                }
            }

            return count;
        }

        public static bool SafeIsMatch(Regex regex, string text)
        {
            try
            {
                return regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        public static Match SafeMatch(Regex regex, string text)
        {
            try
            {
                return regex.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return Match.Empty;
            }
        }
    }
}
