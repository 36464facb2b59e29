using System;
using System.Text.RegularExpressions;

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

            var reader = new Reader(pattern);
            try
            {
                var ahead = reader.Alternation();
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
            Of(pattern, options) == null ? limit : Regex.InfiniteMatchTimeout;

        private sealed class UnboundedException : Exception
        {
        }

        private sealed class Reader
        {
            // Beyond this a window is no narrower than a whole article: give up rather than risk an overflow.
            private const int Limit = 100000;

            private readonly string _p;
            private int _i;

            public Reader(string pattern)
            {
                _p = pattern;
            }

            public bool AtEnd => _i == _p.Length;

            /// <summary>What the lookbehinds read so far, added up.</summary>
            public int Behind { get; private set; }

            public int Alternation()
            {
                var widest = Sequence();
                while (_i < _p.Length && _p[_i] == '|')
                {
                    _i++;
                    widest = Math.Max(widest, Sequence());
                }

                return widest;
            }

            private int Sequence()
            {
                var total = 0;
                while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
                {
                    var atom = Atom();
                    total = Bounded(total + Quantified(atom));
                }

                return total;
            }

            private int Atom()
            {
                var c = _p[_i++];
                switch (c)
                {
                    case '(':
                        return Group();
                    case '[':
                        Class();
                        return 1;
                    case '\\':
                        return Escape();
                    case '^':
                    case '$':
                        return 0;
                    default:
                        return 1;
                }
            }

            private int Group()
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
                        return 0;
                    }

                    if (Peek('('))
                    {
                        throw new UnboundedException();
                    }

                    if (Next(':') || Next('=') || Next('!') || Next('>'))
                    {
                        return Inner();
                    }

                    if (Next('<'))
                    {
                        if (Next('=') || Next('!'))
                        {
                            var behind = Inner();
                            Behind = Bounded((long)Behind + behind);
                            return behind;
                        }

                        SkipName('>');
                        return Inner();
                    }

                    if (Next('\''))
                    {
                        SkipName('\'');
                        return Inner();
                    }

                    // Inline options: (?i) reads nothing; (?i:…) is a group.
                    while (_i < _p.Length && (char.IsLetter(_p[_i]) || _p[_i] == '-'))
                    {
                        _i++;
                    }

                    if (Next(')'))
                    {
                        return 0;
                    }

                    if (Next(':'))
                    {
                        return Inner();
                    }

                    throw new UnboundedException();
                }

                return Inner();
            }

            private int Inner()
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

            private void Class()
            {
                Next('^');
                if (Peek(']'))
                {
                    _i++;
                }

                while (_i < _p.Length)
                {
                    var c = _p[_i++];
                    if (c == ']')
                    {
                        return;
                    }

                    if (c == '\\')
                    {
                        Escape();
                    }
                    else if (c == '-' && Peek('['))
                    {
                        _i++;
                        Class();
                    }
                }

                throw new UnboundedException();
            }

            private int Escape()
            {
                if (_i >= _p.Length)
                {
                    throw new UnboundedException();
                }

                var c = _p[_i++];
                switch (c)
                {
                    case 'b':
                    case 'B':
                    case 'A':
                    case 'z':
                    case 'Z':
                    case 'G':
                        return 0;
                    case 'p':
                    case 'P':
                        SkipName('}');
                        return 1;
                    case 'k':
                        throw new UnboundedException();
                    case 'u':
                        _i += 4;
                        return 1;
                    case 'x':
                        _i += 2;
                        return 1;
                    case 'c':
                        _i++;
                        return 1;
                    case '0':
                        while (_i < _p.Length && _p[_i] >= '0' && _p[_i] <= '7')
                        {
                            _i++;
                        }

                        return 1;
                    default:
                        if (c >= '1' && c <= '9')
                        {
                            throw new UnboundedException();
                        }

                        return 1;
                }
            }

            private int Quantified(int atom)
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
                        throw new UnboundedException();
                    case '?':
                        _i++;
                        times = 1;
                        break;
                    case '{':
                        if (!Repetition(out times))
                        {
                            return atom;
                        }

                        break;
                    default:
                        return atom;
                }

                Next('?');
                return Bounded((long)atom * times);
            }

            // {n} or {n,m}; {n,} is unbounded; anything else is a literal brace, which the next atom reads.
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

                if (upper.Length == 0)
                {
                    throw new UnboundedException();
                }

                most = int.Parse(upper, System.Globalization.CultureInfo.InvariantCulture);
                _i = close + 1;
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
