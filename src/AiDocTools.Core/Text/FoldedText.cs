using System;

namespace AiDocTools.Text
{
    /// <summary>
    /// The differences of writing a use of a text wants to ignore, named so each use asks for its own set:
    /// the search folds case and white space, names keep case and fold hyphens and ヴァ, dates only widths.
    /// </summary>
    [Flags]
    public enum Folding
    {
        None = 0,

        /// <summary>Full-width ASCII forms (２０２３, Ｑ３) and the ideographic space as ASCII, one character for one. NFKC does this and more.</summary>
        Width = 1 << 0,

        /// <summary>NFKC: full-width Latin and digits, half-width katakana (voicing marks joined), ligatures, ㍻ → 平成.</summary>
        Nfkc = 1 << 1,

        /// <summary>Lower case (invariant).</summary>
        Case = 1 << 2,

        /// <summary>・ and spaces between two katakana dropped: オープン・ソース and オープン ソース read as オープンソース.</summary>
        KatakanaSeparators = 1 << 3,

        /// <summary>Every run of white space (line breaks too) one space, none at either end.</summary>
        WhiteSpace = 1 << 4,

        /// <summary>Runs of spaces and tabs one space; line breaks and the ends kept (a name never runs across a line).</summary>
        Spaces = 1 << 5,

        /// <summary>The many hyphens (‐ ‑ ‒ – −) as '-': GPT‐4 and GPT–4 are GPT-4.</summary>
        Hyphens = 1 << 6,

        /// <summary>ヴァ ヴィ ヴェ ヴォ as バ ビ ベ ボ and a lone ヴ as ブ: サツケヴァー and サツケバー are one name.</summary>
        Vu = 1 << 7,

        /// <summary>The = of katakana double names (ジャン=ポール) dropped.</summary>
        KatakanaEquals = 1 << 8,

        /// <summary>A lower-case twin (<see cref="FoldedText.Lower"/>) beside the folded text, on the same offsets.</summary>
        LowerTwin = 1 << 9,

        /// <summary>What meaning ignores in Japanese and English text: NFKC, case and katakana separators.</summary>
        Normalized = Nfkc | Case | KatakanaSeparators,

        /// <summary>Claims as queries are matched against them: <see cref="Normalized"/> with white space collapsed.</summary>
        Search = Normalized | WhiteSpace,

        /// <summary>Text as names are matched in it: case kept (CLIP is not a clip), with its lower-case twin, spelling variants folded.</summary>
        Names = Nfkc | KatakanaSeparators | Spaces | Hyphens | Vu | KatakanaEquals | LowerTwin,
    }

    /// <summary>
    /// A text, its folded form (<see cref="Folding"/> names the foldings asked for) and the way back from every folded
    /// character to the source, so a match in folded text reports its offsets and snippet in the text as given.
    /// One pipeline builds it for every use: the search, the entity recogniser and the temporal recogniser.
    /// </summary>
    public sealed class FoldedText
    {
        private const Folding SecondStage = Folding.WhiteSpace | Folding.Spaces | Folding.Hyphens | Folding.Vu | Folding.KatakanaEquals | Folding.LowerTwin;

        private int[]? _offsets;

        // The map back as runs (null: the identity); the array of Offsets is made from it only when asked for.
        private readonly OffsetMap? _map;

        private FoldedText(string source, string folded, string lower, OffsetMap? map, Folding options)
        {
            Source = source;
            Folded = folded;
            Lower = lower;
            _map = map;
            Options = options;
        }

        public string Source { get; }

        /// <summary>The folded text.</summary>
        public string Folded { get; }

        /// <summary>The lower-case twin of <see cref="Folded"/> with <see cref="Folding.LowerTwin"/>, else <see cref="Folded"/> itself.</summary>
        public string Lower { get; }

        public Folding Options { get; }

        public int Length => Folded.Length;

        /// <summary>For each character of <see cref="Folded"/>, the offset in <see cref="Source"/> it came from.</summary>
        public int[] Offsets => _offsets ??= _map == null ? Identity(Folded.Length) : _map.ToArray(Folded.Length);

        // The source offset of folded character <paramref name="index"/>, read without cutting the map; outside the folded
        // text it fails as indexing Offsets would.
        private int OffsetAt(int index) =>
            (uint)index >= (uint)Length ? throw new IndexOutOfRangeException() : _map == null ? index : _map.SourceOf(index);

        public static FoldedText Of(string text, Folding options)
        {
            if ((options & ~Folding.Width) == Folding.None)
            {
                // One character for one (the dates' folding, run on every paragraph): the map back is the identity, made only if asked for.
                var widened = (options & Folding.Width) != 0 ? FoldWidth(text) : text;
                return new FoldedText(text, widened, widened, null, options);
            }

            var (chars, offsets, length) = FirstStage(text, options);
            FoldedText result;
            if ((options & SecondStage) == Folding.None)
            {
                var folded = new string(chars, 0, length);
                result = new FoldedText(text, folded, folded, offsets, options);
            }
            else
            {
                result = SecondStageOf(text, chars, offsets, length, options);
            }

            // The characters are in the folded strings now: the buffer serves the next text folded on this thread, where a
            // new one as long as the body was made for every body.
            SpareArray<char>.Return(chars, length);
            return result;
        }


        public static string Fold(string text, Folding options) => Of(text, options).Folded;

        /// <summary>
        /// The stretch of <see cref="Source"/> that folded characters [start, start+length) came from. A folded character
        /// owns its source character and the ones that folded into it without a character of their own (the low half of a
        /// surrogate pair, a voicing mark joined on ｸﾞ, the small vowel of ヴァ); separators and spaces folded away belong to
        /// no match, and a character NFKC spread over two (㍻ → 平成) is covered whole by a match of either.
        /// </summary>
        public TextSpan SourceSpan(int start, int length)
        {
            var end = start + length;
            var sourceStart = OffsetAt(start);
            var last = OffsetAt(end - 1);
            var sourceEnd = last + 1;
            var nextMapped = end < Length ? OffsetAt(end) : Source.Length;
            while (sourceEnd < Source.Length && sourceEnd < nextMapped && IsJoined(Source, sourceEnd))
            {
                sourceEnd++;
            }

            return new TextSpan(sourceStart, sourceEnd - sourceStart);
        }

        /// <summary>The source character just before the folded position, or '\0' at the start.</summary>
        public char SourceCharBefore(int foldedIndex)
        {
            var source = foldedIndex < Length ? OffsetAt(foldedIndex) : Source.Length;
            return source > 0 ? Source[source - 1] : '\0';
        }

        /// <summary>The source character just after the folded range ending at <paramref name="foldedEnd"/>, or '\0' at the end.</summary>
        public char SourceCharAfter(int foldedEnd)
        {
            var after = SourceSpan(foldedEnd - 1, 1).End;
            return after < Source.Length ? Source[after] : '\0';
        }

        // A character with no folded character of its own that attaches to the one before it rather than standing alone.
        private static bool IsJoined(string source, int index)
        {
            var c = source[index];
            return char.IsLowSurrogate(c) && char.IsHighSurrogate(source[index - 1])
                || IsVoicingMark(c) || c == '\u309B' || c == '\u309C'
                || (source[index - 1] == 'ヴ' && (c == 'ァ' || c == 'ィ' || c == 'ェ' || c == 'ォ'));
        }

        // NFKC, case and katakana separators, one text element at a time so the mapping stays exact.
        private static (char[] Chars, OffsetMap Offsets, int Length) FirstStage(string text, Folding options)
        {
            var nfkc = (options & Folding.Nfkc) != 0;
            var width = !nfkc && (options & Folding.Width) != 0;
            var foldCase = (options & Folding.Case) != 0;
            var separators = (options & Folding.KatakanaSeparators) != 0;

            // Every body passes through here (entities, search): plain arrays rather than a StringBuilder and a List<int>,
            // and no cut-out piece for the characters that are their own NFKC form, which is nearly all of them.
            var folded = SpareArray<char>.Rent(text.Length + 16);
            var offsets = new OffsetMap();
            var length = 0;
            var pairs = false;
            var i = 0;
            while (i < text.Length)
            {
                // A run of plain characters — their own NFKC (or no NFKC asked), no surrogate, no katakana separator to
                // weigh, no voicing mark after — is copied in a tight loop: nearly every character of a body is one, and
                // each used to pay the whole walk below. What it writes is what the walk writes for such a character.
                var runStart = length;
                while (i < text.Length && length < folded.Length)
                {
                    var plain = text[i];
                    if (width || !(nfkc ? TextNormalizer.IsNormalizationStable(plain) : !char.IsSurrogate(plain))
                        || (separators && IsKatakanaSeparator(plain))
                        || (nfkc && i + 1 < text.Length && IsVoicingMark(text[i + 1])))
                    {
                        break;
                    }

                    if (length == runStart)
                    {
                        // Source and folded text advance together through the run: its first character places it.
                        offsets.Add(length, i);
                    }

                    folded[length++] = foldCase ? TextNormalizer.ToLowerInvariant(plain) : plain;
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                var c = text[i];
                if (width)
                {
                    c = Widen(c);
                }

                // Surrogate pairs stay together; half-width katakana writes the voicing mark as its own character (ﾌﾟ):
                // NFKC composes it only together with its base.
                var pieceLength = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                while (nfkc && i + pieceLength < text.Length && IsVoicingMark(text[i + pieceLength]))
                {
                    pieceLength++;
                }

                if (!nfkc || (pieceLength == 1 && TextNormalizer.IsNormalizationStable(c)))
                {
                    if (pieceLength == 2)
                    {
                        pairs = true;
                        Append(ref folded, offsets, ref length, c, i);
                        Append(ref folded, offsets, ref length, text[i + 1], i);
                    }
                    else if (!(separators && IsKatakanaSeparator(c) && PreviousIsKatakana(folded, length) && NextIsKatakana(text, i + 1, nfkc, width)))
                    {
                        Append(ref folded, offsets, ref length, foldCase ? TextNormalizer.ToLowerInvariant(c) : c, i);
                    }

                    i += pieceLength;
                    continue;
                }

                // A lone character's NFKC comes from the normaliser's per-character table, without a cut-out piece.
                var normalized = pieceLength == 1 ? TextNormalizer.NfkcOf(c) : TextNormalizer.Nfkc(text.Substring(i, pieceLength));
                for (var n = 0; n < normalized.Length; n++)
                {
                    var ch = normalized[n];
                    if (separators && IsKatakanaSeparator(ch) && PreviousIsKatakana(folded, length) && NextIsKatakana(text, i + pieceLength, nfkc, width))
                    {
                        continue;
                    }

                    pairs |= char.IsSurrogate(ch);
                    Append(ref folded, offsets, ref length, foldCase ? TextNormalizer.ToLowerInvariant(ch) : ch, i);
                }

                i += pieceLength;
            }

            if (foldCase && pairs)
            {
                // Lowered character by character above; a supplementary letter (Deseret 𐐀) has its case as a pair of
                // surrogates, so a text with one is lowered again pair-aware.
                TextNormalizer.ToLowerInvariant(folded, length);
            }

            return (folded, offsets, length);
        }

        // White space, hyphens, ヴ and the katakana = over the first stage's output, and the lower-case twin after.
        // Written over the first stage's own buffers: the walk never writes ahead of where it reads (each character gives
        // at most one), so the body needs no second set of arrays; the character before, which the = rule asks about,
        // is kept as the first stage wrote it.
        private static FoldedText SecondStageOf(string text, char[] chars, OffsetMap normalizedOffsets, int count, Folding options)
        {
            var read = new OffsetMap.Reader(normalizedOffsets);
            var offsets = new OffsetMap();
            var whiteSpace = (options & Folding.WhiteSpace) != 0;
            var spaces = (options & Folding.Spaces) != 0;
            var hyphens = (options & Folding.Hyphens) != 0;
            var vu = (options & Folding.Vu) != 0;
            var equals = (options & Folding.KatakanaEquals) != 0;
            var twin = (options & Folding.LowerTwin) != 0;

            var length = 0;
            var hasSurrogates = false;
            var hasUpper = false;
            var before = '\0';
            for (var i = 0; i < count; i++)
            {
                var ch = chars[i];
                var previous = before;
                before = ch;
                if (whiteSpace && char.IsWhiteSpace(ch))
                {
                    if (length == 0 || chars[length - 1] == ' ')
                    {
                        continue;
                    }

                    ch = ' ';
                }
                else if (spaces && (ch == ' ' || ch == '\t'))
                {
                    if (length > 0 && chars[length - 1] == ' ')
                    {
                        continue;
                    }

                    ch = ' ';
                }
                else if (hyphens && IsHyphen(ch))
                {
                    ch = '-';
                }
                else if (equals && ch == '=' && i > 0 && i + 1 < count && Script.IsKatakana(previous) && Script.IsKatakana(chars[i + 1]))
                {
                    continue;
                }
                else if (vu && ch == 'ヴ')
                {
                    var next = i + 1 < count ? chars[i + 1] : '\0';
                    var merged = next switch
                    {
                        'ァ' => 'バ',
                        'ィ' => 'ビ',
                        'ェ' => 'ベ',
                        'ォ' => 'ボ',
                        _ => '\0',
                    };
                    chars[length] = merged == '\0' ? 'ブ' : merged;
                    offsets.Add(length++, read.SourceOf(i));
                    if (merged != '\0')
                    {
                        before = next;
                        i++;
                    }

                    continue;
                }

                chars[length] = ch;
                if (twin)
                {
                    hasUpper |= TextNormalizer.ToLowerInvariant(ch) != ch;
                    hasSurrogates |= char.IsSurrogate(ch);
                }

                offsets.Add(length++, read.SourceOf(i));
            }

            if (whiteSpace && length > 0 && chars[length - 1] == ' ')
            {
                length--;
            }

            // The twin is the folded text lower-cased character by character, in the same buffer once the folded text is
            // made (the same text when nothing in it has case, as in most Japanese lines); a supplementary character (an
            // emoji, outside the 16-bit range) has its case as a pair of surrogates, so a text with one is lower-cased pair-aware.
            var casedText = new string(chars, 0, length);
            string lowerText;
            if (!twin || (!hasUpper && !hasSurrogates))
            {
                lowerText = casedText;
            }
            else
            {
                TextNormalizer.ToLowerInvariant(chars, length);
                lowerText = new string(chars, 0, length);
            }

            return new FoldedText(text, casedText, lowerText, offsets, options);
        }

        /// <summary>
        /// Full-width digits and letters (２０２３年, Ｑ３) as ASCII and the ideographic space as a space: each maps to
        /// exactly one character, so the copy keeps every offset.
        /// </summary>
        private static string FoldWidth(string text)
        {
            char[]? chars = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = Widen(text[i]);
                if (c != text[i])
                {
                    chars ??= text.ToCharArray();
                    chars[i] = c;
                }
            }

            return chars == null ? text : new string(chars);
        }

        private static char Widen(char c) =>
            c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;

        private static void Append(ref char[] folded, OffsetMap offsets, ref int length, char c, int offset)
        {
            if (length == folded.Length)
            {
                // NFKC lengthens a few characters (㍻ → 平成): the buffer grows, rarely.
                Array.Resize(ref folded, folded.Length * 2);
            }

            folded[length] = c;
            offsets.Add(length++, offset);
        }

        /// <summary>
        /// The way back from folded characters to the source, as runs: from folded index At[r] on, a character's source
        /// offset is its index plus Shift[r]. Folding keeps nearly every character one for one, so a body's map is a
        /// few runs (one more where NFKC spreads a character, a separator goes, a pair or a voicing mark joins) instead
        /// of an int per character, which every body's folding allocated and kept.
        /// </summary>
        private sealed class OffsetMap
        {
            private int[] _at = new int[8];
            private int[] _shift = new int[8];
            private int _runs;

            /// <summary>Folded character <paramref name="index"/> (the next one: 0, 1, 2, …) came from <paramref name="source"/>.</summary>
            public void Add(int index, int source)
            {
                var shift = source - index;
                if (_runs > 0 && _shift[_runs - 1] == shift)
                {
                    return;
                }

                if (_runs == _at.Length)
                {
                    Array.Resize(ref _at, _runs * 2);
                    Array.Resize(ref _shift, _runs * 2);
                }

                _at[_runs] = index;
                _shift[_runs] = shift;
                _runs++;
            }

            public int SourceOf(int index)
            {
                // The last run starting at or before the index.
                var low = 0;
                var high = _runs - 1;
                while (low < high)
                {
                    var middle = (low + high + 1) / 2;
                    if (_at[middle] <= index)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return index + _shift[low];
            }

            public int[] ToArray(int length)
            {
                var offsets = new int[length];
                var reader = new Reader(this);
                for (var i = 0; i < length; i++)
                {
                    offsets[i] = reader.SourceOf(i);
                }

                return offsets;
            }

            /// <summary>Reads the map at rising indices, run by run, without a search each time.</summary>
            public struct Reader
            {
                private readonly OffsetMap _map;
                private int _run;

                public Reader(OffsetMap map)
                {
                    _map = map;
                    _run = 0;
                }

                public int SourceOf(int index)
                {
                    while (_run + 1 < _map._runs && _map._at[_run + 1] <= index)
                    {
                        _run++;
                    }

                    return index + _map._shift[_run];
                }
            }
        }

        private static int[] Identity(int length)
        {
            var offsets = new int[length];
            for (var i = 0; i < length; i++)
            {
                offsets[i] = i;
            }

            return offsets;
        }

        private static bool IsVoicingMark(char c) => c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A';

        private static bool IsHyphen(char c) => c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';

        private static bool IsKatakanaSeparator(char c) => c == '・' || c == ' ' || c == '\u3000' || c == '･';

        private static bool PreviousIsKatakana(char[] folded, int length) => length > 0 && Script.IsKatakana(folded[length - 1]);

        private static bool NextIsKatakana(string text, int index, bool nfkc, bool width)
        {
            if (index >= text.Length || char.IsSurrogate(text[index]))
            {
                return false;
            }

            var next = text[index];
            if (nfkc)
            {
                var normalized = TextNormalizer.NfkcOf(next);
                return normalized.Length > 0 && Script.IsKatakana(normalized[0]);
            }

            return Script.IsKatakana(width ? Widen(next) : next);
        }
    }
}
