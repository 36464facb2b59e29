using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// How far from where a match starts a regular expression can look. Ahead: every character it consumes and every
    /// character its lookarounds read, added up (a quantified part counted as often as it may repeat). Behind: what its
    /// lookbehinds read, added up, as each is read from a position at or after the start. A match that starts at i
    /// reads nothing outside [i − Behind, i + Ahead], so a rule whose every match holds one of its required words need
    /// only be tried where such a word stands within reach. Null when the pattern can read without bound (*, +,
    /// {n,}, a backreference, a conditional).
    /// </summary>
    internal static class PatternReach
    {
        public static (int Ahead, int Behind)? Of(Regex regex) => Of(regex.ToString(), regex.Options);

        /// <summary>The reach of a pattern not yet compiled; null also when the pattern cannot be read (it will not compile either).</summary>
        public static (int Ahead, int Behind)? Of(string pattern, RegexOptions options)
        {
            if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
            {
                return null;
            }

            var reader = new Reader(pattern, free: false);
            try
            {
                var ahead = reader.Alternation().Width;
                return reader.AtEnd ? (ahead, reader.Behind) : ((int, int)?)null;
            }
            catch (Exception ex) when (ex is UnboundedException || ex is IndexOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>
        /// The time limit a pattern run on text from anywhere needs: none when its reach is bounded, else
        /// <paramref name="limit"/>. A bounded pattern does a bounded amount of work at each position it is tried, so no
        /// text can make it run away, while a limit costs on every call and every match (the engine reads the clock to arm
        /// it). The one policy for the rule packs' patterns (RulePackLoader) and the date shapes (TemporalRecognizer).
        /// </summary>
        public static TimeSpan TimeLimit(string pattern, RegexOptions options, TimeSpan limit) =>
            IsBounded(pattern, options) ? Regex.InfiniteMatchTimeout : limit;

        /// <summary>
        /// Whether the pattern reads a bounded stretch from each position it is tried at. Unlike its reach (<see cref="Of(string,
        /// RegexOptions)"/>), which says where around that position, this does not depend on the direction the pattern is
        /// read in: a pattern compiled to be read right to left (a rule's backward check) repeats exactly what it repeats
        /// read left to right.
        /// </summary>
        public static bool IsBounded(string pattern, RegexOptions options) => Of(pattern, options & ~RegexOptions.RightToLeft) != null;

        public static bool IsBounded(Regex regex) => IsBounded(regex.ToString(), regex.Options);

        /// <summary>
        /// The reach of a pattern that reads without bound only through runs of characters it names: a repetition without
        /// bound (*, +, {n,}) of a class, a literal or a group of them ([ァ-ヺー]*, (?:・[ァ-ヺ][ァ-ヺー]*)*, [a-z]+) reads
        /// only those characters, its free characters, however far it goes. Ahead then counts what the rest of the pattern
        /// reads, so a match that starts at i reads at most Ahead characters that are not free before it stops, and a rule
        /// whose every match holds a required word need only be tried where the stretch back from such a word holds at
        /// most Ahead characters that are not free (a katakana company before 社: the katakana run before each 社). Null
        /// when the pattern is bounded (<see cref="Of(Regex)"/> says how far), or reads without bound otherwise: a repetition
        /// without bound of ., a negated class, \w, \d, \s, \p{…}, or around a lookaround; one inside a lookbehind or a
        /// negative lookaround; a backreference; case-insensitive matching.
        /// </summary>
        public static (int Ahead, int Behind, CharBits Free)? Through(Regex regex)
        {
            if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.IgnoreCase)) != 0)
            {
                return null;
            }

            var reader = new Reader(regex.ToString(), free: true);
            try
            {
                var ahead = reader.Alternation().Width;
                return reader.AtEnd && reader.Free != null ? (ahead, reader.Behind, reader.Free) : ((int, int, CharBits)?)null;
            }
            catch (UnboundedException)
            {
                return null;
            }
        }

        /// <summary>
        /// Every character any part of the pattern may read: what it consumes and what its lookarounds read, negative ones
        /// too (a wider set than needed, never a narrower one). Every character between the start of a match and the end
        /// of a required word it holds is read by the match (consumed, or read by the lookahead that holds the word), so
        /// such a match starts no earlier than the run of these characters that ends with the word
        /// (<see cref="RuleAnchors"/>): before 大学 a university's name is a run of kanji, katakana and capitals, so the
        /// window need not reach back the pattern's whole reach over hiragana it could never read. Null when the
        /// characters are not known as such (., a negated class, \w, \d, \p{…}), the pattern reads without bound other
        /// than through named characters (<see cref="Through"/>), or case is ignored.
        /// </summary>
        public static CharBits? Reads(Regex regex)
        {
            if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.IgnoreCase)) != 0)
            {
                return null;
            }

            var reader = new Reader(regex.ToString(), free: true);
            try
            {
                var read = reader.Alternation().Read;
                if (!reader.AtEnd || read.Any)
                {
                    return null;
                }

                var bits = new CharBits();
                foreach (var (low, high) in read.Ranges)
                {
                    for (var c = low; ; c++)
                    {
                        bits.Add(c);
                        if (c == high)
                        {
                            break;
                        }
                    }
                }

                return bits;
            }
            catch (Exception ex) when (ex is UnboundedException || ex is IndexOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>
        /// The characters a part of a pattern may read, as ranges; Any when they are not known as such (., a negated class,
        /// \w, \p{…}), and whether it holds a lookaround.
        /// </summary>
        private sealed class Chars
        {
            public static readonly Chars None = new Chars();

            public List<(char Low, char High)> Ranges { get; } = new List<(char, char)>();

            public bool Any { get; private set; }

            public bool HasLookaround { get; private set; }

            public static Chars Of(char c) => Range(c, c);

            public static Chars Range(char low, char high)
            {
                var chars = new Chars();
                chars.Ranges.Add((low, high));
                return chars;
            }

            public static Chars Unknown()
            {
                var chars = new Chars();
                chars.Any = true;
                return chars;
            }

            public Chars Union(Chars other)
            {
                if (other == None)
                {
                    return this;
                }

                var union = new Chars { Any = Any || other.Any, HasLookaround = HasLookaround || other.HasLookaround };
                union.Ranges.AddRange(Ranges);
                union.Ranges.AddRange(other.Ranges);
                return union;
            }

            public Chars AsLookaround() => new Chars { Any = Any } .WithRanges(Ranges, lookaround: true);

            private Chars WithRanges(List<(char, char)> ranges, bool lookaround)
            {
                Ranges.AddRange(ranges);
                HasLookaround = lookaround;
                return this;
            }
        }

        private sealed class UnboundedException : Exception
        {
        }

        private sealed class Reader
        {
            // Beyond this a window is no narrower than a whole article: give up rather than risk an overflow.
            private const int Limit = 100000;

            private readonly string _p;

            // Whether a repetition without bound of known characters adds them to Free rather than ending the reading.
            private readonly bool _free;
            private int _i;

            // How deep inside lookbehinds and negative lookarounds the reader is: a repetition without bound there reads
            // before the start, or characters the lookaround must not see, which no free set describes.
            private int _strict;

            public Reader(string pattern, bool free)
            {
                _p = pattern;
                _free = free;
            }

            public bool AtEnd => _i == _p.Length;

            /// <summary>What the lookbehinds read so far, added up.</summary>
            public int Behind { get; private set; }

            /// <summary>The characters the repetitions without bound read, when the reader counts them free; else null.</summary>
            public CharBits? Free { get; private set; }

            public (int Width, Chars Read) Alternation()
            {
                var (widest, read) = Sequence();
                while (_i < _p.Length && _p[_i] == '|')
                {
                    _i++;
                    var (width, more) = Sequence();
                    widest = Math.Max(widest, width);
                    read = read.Union(more);
                }

                return (widest, read);
            }

            private (int Width, Chars Read) Sequence()
            {
                var total = 0;
                var read = Chars.None;
                while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
                {
                    var atom = Atom();
                    var (width, chars) = Quantified(atom);
                    total = Bounded(total + width);
                    read = read.Union(chars);
                }

                return (total, read);
            }

            private (int Width, Chars Read) Atom()
            {
                var c = _p[_i++];
                switch (c)
                {
                    case '(':
                        return Group();
                    case '[':
                        return (1, Class());
                    case '\\':
                        return Escape(inClass: false);
                    case '^':
                    case '$':
                        return (0, Chars.None);
                    case '.':
                        return (1, Chars.Unknown());
                    default:
                        return (1, Chars.Of(c));
                }
            }

            private (int Width, Chars Read) Group()
            {
                if (Next('?'))
                {
                    if (Next('#'))
                    {
                        var close = _p.IndexOf(')', _i);
                        if (close < 0)
                        {
                            throw new UnboundedException();
                        }

                        _i = close + 1;
                        return (0, Chars.None);
                    }

                    if (Peek('('))
                    {
                        throw new UnboundedException();
                    }

                    if (Next(':') || Next('>'))
                    {
                        return Inner();
                    }

                    if (Next('='))
                    {
                        var (width, read) = Inner();
                        return (width, read.AsLookaround());
                    }

                    if (Next('!'))
                    {
                        return Strict(lookbehind: false);
                    }

                    if (Next('<'))
                    {
                        if (Next('=') || Next('!'))
                        {
                            return Strict(lookbehind: true);
                        }

                        SkipName('>');
                        return Inner();
                    }

                    if (Next('\''))
                    {
                        SkipName('\'');
                        return Inner();
                    }

                    // Inline options: (?i) reads nothing; (?i:…) is a group. An option may change what a character
                    // matches (i), so the free characters are not read through one.
                    if (_free)
                    {
                        throw new UnboundedException();
                    }

                    while (_i < _p.Length && (char.IsLetter(_p[_i]) || _p[_i] == '-'))
                    {
                        _i++;
                    }

                    if (Next(')'))
                    {
                        return (0, Chars.None);
                    }

                    if (Next(':'))
                    {
                        return Inner();
                    }

                    throw new UnboundedException();
                }

                return Inner();
            }

            // A lookbehind (what it reads counted behind the start too) or a negative lookahead.
            private (int Width, Chars Read) Strict(bool lookbehind)
            {
                _strict++;
                var (width, read) = Inner();
                _strict--;
                if (lookbehind)
                {
                    Behind = Bounded((long)Behind + width);
                }

                return (width, read.AsLookaround());
            }

            private (int Width, Chars Read) Inner()
            {
                var reach = Alternation();
                if (!Next(')'))
                {
                    throw new UnboundedException();
                }

                return reach;
            }

            private void SkipName(char end)
            {
                var close = _p.IndexOf(end, _i);
                if (close < 0)
                {
                    throw new UnboundedException();
                }

                _i = close + 1;
            }

            private Chars Class()
            {
                var read = Next('^') ? Chars.Unknown() : Chars.None;
                if (Peek(']'))
                {
                    _i++;
                    read = read.Union(Chars.Of(']'));
                }

                while (_i < _p.Length)
                {
                    var c = _p[_i++];
                    if (c == ']')
                    {
                        return read;
                    }

                    char? low;
                    if (c == '\\')
                    {
                        low = Escape(inClass: true).Read is var escaped && escaped.Ranges.Count == 1 && !escaped.Any ? escaped.Ranges[0].Low : (char?)null;
                    }
                    else if (c == '-' && Peek('['))
                    {
                        // Subtraction ([a-z-[aeiou]]): not followed through.
                        _i++;
                        Class();
                        read = read.Union(Chars.Unknown());
                        continue;
                    }
                    else
                    {
                        low = c;
                    }

                    if (low == null)
                    {
                        read = read.Union(Chars.Unknown());
                        continue;
                    }

                    // A range a-b, unless the - closes the class.
                    if (Peek('-') && _i + 1 < _p.Length && _p[_i + 1] != ']' && _p[_i + 1] != '[')
                    {
                        _i++;
                        var h = _p[_i++];
                        char? high = h == '\\' ? (Escape(inClass: true).Read is var e && e.Ranges.Count == 1 && !e.Any ? e.Ranges[0].Low : (char?)null) : h;
                        read = read.Union(high == null || high < low ? Chars.Unknown() : Chars.Range(low.Value, high.Value));
                        continue;
                    }

                    read = read.Union(Chars.Of(low.Value));
                }

                throw new UnboundedException();
            }

            // After a backslash: what the escape reads, one character (the escaped one, a control character, \uXXXX) or
            // a class not followed through (\d, \w, \p{…}), or nothing (\b, \A, \z, \G; in a class \b is backspace).
            private (int Width, Chars Read) Escape(bool inClass)
            {
                if (_i >= _p.Length)
                {
                    throw new UnboundedException();
                }

                var c = _p[_i++];
                switch (c)
                {
                    case 'b':
                        return inClass ? (1, Chars.Of('\b')) : (0, Chars.None);
                    case 'B':
                    case 'A':
                    case 'z':
                    case 'Z':
                    case 'G':
                        return (0, Chars.None);
                    case 'p':
                    case 'P':
                        SkipName('}');
                        return (1, Chars.Unknown());
                    case 'k':
                        throw new UnboundedException();
                    case 'u':
                        return (1, Hex(4));
                    case 'x':
                        return (1, Hex(2));
                    case 'c':
                        _i++;
                        return (1, Chars.Unknown());
                    case '0':
                        while (_i < _p.Length && _p[_i] >= '0' && _p[_i] <= '7')
                        {
                            _i++;
                        }

                        return (1, Chars.Unknown());
                    case 'd':
                    case 'D':
                    case 'w':
                    case 'W':
                    case 's':
                    case 'S':
                        return (1, Chars.Unknown());
                    case 'n':
                        return (1, Chars.Of('\n'));
                    case 'r':
                        return (1, Chars.Of('\r'));
                    case 't':
                        return (1, Chars.Of('\t'));
                    case 'f':
                        return (1, Chars.Of('\f'));
                    case 'v':
                        return (1, Chars.Of('\v'));
                    case 'e':
                        return (1, Chars.Of('\u001B'));
                    case 'a':
                        return (1, Chars.Of('\a'));
                    default:
                        if (c >= '1' && c <= '9')
                        {
                            throw new UnboundedException();
                        }

                        return (1, char.IsLetterOrDigit(c) ? Chars.Unknown() : Chars.Of(c));
                }
            }

            // The character of \uXXXX or \xXX, whose digits the reader steps over.
            private Chars Hex(int digits)
            {
                var start = _i;
                _i += digits;
                return start + digits <= _p.Length && int.TryParse(_p.Substring(start, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    ? Chars.Of((char)code)
                    : Chars.Unknown();
            }

            private (int Width, Chars Read) Quantified((int Width, Chars Read) atom)
            {
                if (_i >= _p.Length)
                {
                    return atom;
                }

                int times;
                switch (_p[_i])
                {
                    case '*':
                    case '+':
                        _i++;
                        Next('?');
                        return FreeRun(atom.Read);
                    case '?':
                        _i++;
                        times = 1;
                        break;
                    case '{':
                        if (!Repetition(out times))
                        {
                            return atom;
                        }

                        if (times < 0)
                        {
                            Next('?');
                            return FreeRun(atom.Read);
                        }

                        break;
                    default:
                        return atom;
                }

                Next('?');
                return (Bounded((long)atom.Width * times), atom.Read);
            }

            // A repetition without bound: the end of the reading, or (counting free characters) what it reads goes to
            // Free and counts for nothing ahead.
            private (int Width, Chars Read) FreeRun(Chars read)
            {
                if (!_free || _strict > 0 || read.Any || read.HasLookaround || read.Ranges.Count == 0)
                {
                    throw new UnboundedException();
                }

                Free ??= new CharBits();
                foreach (var (low, high) in read.Ranges)
                {
                    for (var c = low; ; c++)
                    {
                        Free.Add(c);
                        if (c == high)
                        {
                            break;
                        }
                    }
                }

                return (0, read);
            }

            // {n} or {n,m}; {n,} is without bound (most = -1); anything else is a literal brace, which the next atom reads.
            private bool Repetition(out int most)
            {
                most = 0;
                var close = _p.IndexOf('}', _i);
                if (close < 0)
                {
                    return false;
                }

                var body = _p.Substring(_i + 1, close - _i - 1);
                var comma = body.IndexOf(',');
                var upper = comma < 0 ? body : body.Substring(comma + 1);
                var lower = comma < 0 ? body : body.Substring(0, comma);
                if (!IsNumber(lower) || (upper.Length > 0 && !IsNumber(upper)))
                {
                    return false;
                }

                _i = close + 1;
                most = upper.Length == 0 ? -1 : int.Parse(upper, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }

            private static bool IsNumber(string s)
            {
                if (s.Length == 0 || s.Length > 6)
                {
                    return false;
                }

                foreach (var c in s)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }
                }

                return true;
            }

            private static int Bounded(long value) => value > Limit ? throw new UnboundedException() : (int)value;

            private bool Peek(char c) => _i < _p.Length && _p[_i] == c;

            private bool Next(char c)
            {
                if (Peek(c))
                {
                    _i++;
                    return true;
                }

                return false;
            }
        }
    }
}
