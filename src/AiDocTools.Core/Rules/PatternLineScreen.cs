using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// What a line must start with, or hold, for one of a set of patterns to match it. The cleaner asks its whole-line
    /// patterns (Data/boilerplate.json's linePatterns, Data/article-metadata.json's sitePatterns, the boilerplate packs'
    /// rules) about every line, twice when the line's bare form differs, and nearly every line is running text that no
    /// such pattern can match: a counter starts with a figure (4 分で読了), a teaser with its label (関連記事), a pager
    /// with an arrow or a number, and a copyright line holds "copyright". A bit test on the line's first character, or a
    /// vectorised search for the text, turns those lines away before the regex engine is set up for them (a call costs a
    /// runner, the time limit's clock and the scan's setup even when the pattern fails at once).
    /// <para>
    /// Both are read from the patterns themselves, so they hold for any pattern a linguist adds, and are wider than
    /// needed, never narrower:
    /// <list type="bullet">
    /// <item>For a pattern anchored at the start (^…): what the first atoms that consume a character can consume, through
    /// optional parts, alternatives and groups, lookarounds skipped (they consume nothing; skipping one lets more through,
    /// never less), every case of a character under IgnoreCase or (?i:…).</item>
    /// <item>For another, or one that starts with what that reading does not follow as a set of characters (., a negated
    /// class, \w, \p{…}): the longest run of literal characters outside every group, class and optional part, which every
    /// match holds (compared ignoring case under IgnoreCase).</item>
    /// </list>
    /// There is no screen (every line is passed on) when some pattern has neither.
    /// </para>
    /// </summary>
    internal sealed class PatternLineScreen
    {
        private readonly CharBits _starts;
        private readonly (string Text, StringComparison Comparison)[] _holds;

        private PatternLineScreen(CharBits starts, List<(string, StringComparison)> holds)
        {
            _starts = starts;
            _holds = holds.ToArray();
        }

        /// <summary>False when no pattern of the set can match <paramref name="line"/>; true when one may.</summary>
        public bool MayMatch(string line)
        {
            if (line.Length == 0 || _starts.Contains(line[0]))
            {
                return true;
            }

            foreach (var (text, comparison) in _holds)
            {
                if (line.IndexOf(text, comparison) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The screen of <paramref name="regexes"/>; null when some of them has none (then every line may match).</summary>
        public static PatternLineScreen? Of(IEnumerable<Regex> regexes) => Of(regexes.Select(r => (r.ToString(), r.Options)));

        /// <summary>The screen of patterns not yet compiled, each with the options it is compiled with.</summary>
        public static PatternLineScreen? Of(IEnumerable<string> patterns, RegexOptions options) => Of(patterns.Select(p => (p, options)));

        private static PatternLineScreen? Of(IEnumerable<(string Pattern, RegexOptions Options)> patterns)
        {
            var starts = new CharBits();
            var holds = new List<(string, StringComparison)>();
            var any = false;
            foreach (var (pattern, options) in patterns)
            {
                any = true;
                if (AddStarts(pattern, options, starts))
                {
                    continue;
                }

                var text = RequiredText(pattern, options);
                if (text == null)
                {
                    return null;
                }

                // A text without a letter that has case (をもっと見る) is searched ordinally under IgnoreCase too: the same
                // answer, and a vectorised search where the case-folding one goes character by character outside ASCII.
                var culture = (options & RegexOptions.CultureInvariant) == 0;
                var cased = (options & RegexOptions.IgnoreCase) != 0 && text.Any(c => CaseEquivalents(c, culture).Any(d => d != c));
                holds.Add((text, cased ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
            }

            return any ? new PatternLineScreen(starts, holds) : null;
        }

        /// <summary>
        /// The longest run of literal characters every match of <paramref name="pattern"/> holds: characters in sequence
        /// outside every group and class, none optional; a repeated one ends the run. Null when there is none, when the
        /// pattern has an alternative outside every group or options that run to the end of their group, and under
        /// IgnoreCase when a character of the run has a case OrdinalIgnoreCase does not take for it (the Kelvin sign for k).
        /// </summary>
        internal static string? RequiredText(string pattern, RegexOptions options)
        {
            if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
            {
                return null;
            }

            var reader = new Reader(pattern, ignoreCase: false, cultureInvariant: true);
            var best = string.Empty;
            var run = new System.Text.StringBuilder();
            void End()
            {
                if (run.Length > best.Length)
                {
                    best = run.ToString();
                }

                run.Clear();
            }

            try
            {
                while (!reader.AtEnd)
                {
                    var literal = reader.TopLevelLiteral(out var stop);
                    if (stop)
                    {
                        return null;
                    }

                    var (optional, repeated) = reader.Count();
                    if (literal == null || optional)
                    {
                        End();
                        continue;
                    }

                    run.Append(literal.Value);
                    if (repeated)
                    {
                        End();
                    }
                }
            }
            catch (Exception ex) when (ex is UnknownStartException || ex is IndexOutOfRangeException || ex is ArgumentOutOfRangeException)
            {
                return null;
            }

            End();
            if (best.Length == 0)
            {
                return null;
            }

            if ((options & RegexOptions.IgnoreCase) != 0)
            {
                var culture = (options & RegexOptions.CultureInvariant) == 0;
                foreach (var c in best)
                {
                    if (CaseEquivalents(c, culture).Any(d => char.ToUpperInvariant(d) != char.ToUpperInvariant(c)))
                    {
                        return null;
                    }
                }
            }

            return best;
        }

        /// <summary>Adds to <paramref name="starts"/> what a match of <paramref name="pattern"/> can start with; false when that is not known.</summary>
        internal static bool AddStarts(string pattern, RegexOptions options, CharBits starts)
        {
            // With Multiline ^ also matches after a line feed; right to left and free spacing read the pattern otherwise.
            // A quantified ^ (^?a) may match nothing, and anchors nothing.
            if ((options & (RegexOptions.Multiline | RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace)) != 0
                || !RegexText.IsAnchoredAtStart(pattern) || (pattern.Length > 1 && "?*+{".IndexOf(pattern[1]) >= 0))
            {
                return false;
            }

            var reader = new Reader(pattern, (options & RegexOptions.IgnoreCase) != 0, (options & RegexOptions.CultureInvariant) != 0);
            try
            {
                // The ^ anchors every match only when no alternative stands beside it at the top: read here, not taken from
                // IsAnchoredAtStart's quicker walk alone.
                var nullable = reader.Alternation(out var chars, out var alternatives);
                if (nullable || !reader.AtEnd || alternatives > 1)
                {
                    return false;
                }

                foreach (var c in chars)
                {
                    starts.Add(c);
                }

                return true;
            }
            catch (Exception ex) when (ex is UnknownStartException || ex is IndexOutOfRangeException || ex is ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        private sealed class UnknownStartException : Exception
        {
        }

        /// <summary>
        /// Reads a pattern for the characters its first consuming atoms read. Each part answers whether it may consume
        /// nothing (then what follows it may supply the first character too) and adds the characters it may start with.
        /// </summary>
        private sealed class Reader
        {
            private readonly string _p;
            private int _i;

            // Whether case is ignored under the invariant culture's rules, or a culture's (where i has a dotted and a dotless case).
            private readonly bool _cultureInvariant;
            private bool _ignoreCase;

            public Reader(string pattern, bool ignoreCase, bool cultureInvariant)
            {
                _p = pattern;
                _ignoreCase = ignoreCase;
                _cultureInvariant = cultureInvariant;
            }

            public bool AtEnd => _i == _p.Length;

            // An alternation up to the ) that closes its group or the end: nullable when some alternative is.
            public bool Alternation(out HashSet<char> chars) => Alternation(out chars, out _);

            public bool Alternation(out HashSet<char> chars, out int alternatives)
            {
                chars = new HashSet<char>();
                alternatives = 1;
                var nullable = Sequence(chars);
                while (_i < _p.Length && _p[_i] == '|')
                {
                    _i++;
                    alternatives++;
                    nullable |= Sequence(chars);
                }

                return nullable;
            }

            // Atoms in turn while each may consume nothing; the rest of the sequence is stepped over unread.
            private bool Sequence(HashSet<char> chars)
            {
                var nullable = true;
                while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
                {
                    if (!nullable)
                    {
                        Skip();
                        continue;
                    }

                    var atom = new HashSet<char>();
                    var atomNullable = Atom(atom);
                    atomNullable |= Quantifier();
                    chars.UnionWith(atom);
                    nullable = atomNullable;
                }

                return nullable;
            }

            // Steps over one element of a sequence without reading it: a group whole, a class whole, an escape, a character.
            private void Skip()
            {
                var c = _p[_i];
                if (c == '(')
                {
                    SkipGroup();
                }
                else if (c == '[')
                {
                    SkipClass();
                }
                else if (c == '\\')
                {
                    _i += 2;
                }
                else
                {
                    _i++;
                }
            }

            // From the ( to the ) that closes it, past escapes and classes (which hold parentheses as characters).
            private void SkipGroup()
            {
                if (_p.IndexOf("(?#", _i, Math.Min(3, _p.Length - _i), StringComparison.Ordinal) == _i)
                {
                    // A comment ends at the first ), whatever it holds.
                    var end = _p.IndexOf(')', _i);
                    _i = end < 0 ? throw new UnknownStartException() : end + 1;
                    return;
                }

                _i++;
                while (_i < _p.Length)
                {
                    switch (_p[_i])
                    {
                        case '\\':
                            _i += 2;
                            break;
                        case '[':
                            SkipClass();
                            break;
                        case '(':
                            SkipGroup();
                            break;
                        case ')':
                            _i++;
                            return;
                        default:
                            _i++;
                            break;
                    }
                }

                throw new UnknownStartException();
            }

            private void SkipClass()
            {
                // From the [ to the ] that closes it: a ] first in the class (or after ^) is a character of it. A [ inside
                // is followed only as a subtraction (-[…]), which ends the class; elsewhere .NET reads it as a character
                // or a [:name:], which is not followed.
                _i++;
                if (Peek('^'))
                {
                    _i++;
                }

                if (Peek(']'))
                {
                    _i++;
                }

                while (_i < _p.Length)
                {
                    var c = _p[_i++];
                    if (c == '\\')
                    {
                        _i++;
                    }
                    else if (c == '[')
                    {
                        if (_p[_i - 2] != '-')
                        {
                            throw new UnknownStartException();
                        }

                        _i--;
                        SkipClass();
                        if (!Next(']'))
                        {
                            throw new UnknownStartException();
                        }

                        return;
                    }
                    else if (c == ']')
                    {
                        return;
                    }
                }

                throw new UnknownStartException();
            }

            // One atom: adds what it may start with; true when it may consume nothing.
            private bool Atom(HashSet<char> chars)
            {
                var c = _p[_i++];
                switch (c)
                {
                    case '(':
                        return Group(chars);
                    case '[':
                        Class(chars);
                        return false;
                    case '\\':
                        return Escape(chars);
                    case '^':
                    case '$':
                        return true;
                    case '.':
                        throw new UnknownStartException();
                    default:
                        AddChar(chars, c);
                        return false;
                }
            }

            private bool Group(HashSet<char> chars)
            {
                if (!Next('?'))
                {
                    return Inner(chars);
                }

                if (Peek('=') || Peek('!') || (Peek('<') && _i + 1 < _p.Length && (_p[_i + 1] == '=' || _p[_i + 1] == '!')))
                {
                    // A lookaround consumes nothing: the atoms after it supply the first character.
                    _i -= 2;
                    Skip();
                    return true;
                }

                if (Next(':') || Next('>'))
                {
                    return Inner(chars);
                }

                if (Next('<') || Next('\''))
                {
                    // A named or balancing group: its name, then its content.
                    var close = _p[_i - 1] == '<' ? '>' : '\'';
                    var end = _p.IndexOf(close, _i);
                    if (end < 0)
                    {
                        throw new UnknownStartException();
                    }

                    _i = end + 1;
                    return Inner(chars);
                }

                if (Next('#'))
                {
                    var end = _p.IndexOf(')', _i);
                    if (end < 0)
                    {
                        throw new UnknownStartException();
                    }

                    _i = end + 1;
                    return true;
                }

                // Options for a group ((?i:…), (?-i:…)); options that run to the end of their group ((?i)), free spacing and
                // conditionals are not followed.
                var on = true;
                var ignoreCase = _ignoreCase;
                while (_i < _p.Length && (_p[_i] == '-' || "imnsx".IndexOf(_p[_i]) >= 0))
                {
                    var option = _p[_i++];
                    if (option == '-')
                    {
                        on = false;
                    }
                    else if (option == 'x' && on)
                    {
                        throw new UnknownStartException();
                    }
                    else if (option == 'i' && on)
                    {
                        ignoreCase = true;
                    }
                }

                if (!Next(':'))
                {
                    throw new UnknownStartException();
                }

                // Case ignored outside and turned off inside still lets both cases through: wider, never narrower.
                var outer = _ignoreCase;
                _ignoreCase = ignoreCase;
                var nullable = Inner(chars);
                _ignoreCase = outer;
                return nullable;
            }

            private bool Inner(HashSet<char> chars)
            {
                var nullable = Alternation(out var inner);
                if (!Next(')'))
                {
                    throw new UnknownStartException();
                }

                chars.UnionWith(inner);
                return nullable;
            }

            private bool Quantifier() => Count().Optional;

            /// <summary>
            /// The quantifier after an atom, stepped over: ?, *, {0,…} make the atom optional; +, {n,…} other than {1} and
            /// {1,1} may repeat it. A { that opens no count is a character, read as the next atom.
            /// </summary>
            public (bool Optional, bool Repeated) Count()
            {
                if (_i >= _p.Length)
                {
                    return (false, false);
                }

                bool optional = false, repeated = true;
                switch (_p[_i])
                {
                    case '?':
                        _i++;
                        optional = true;
                        repeated = false;
                        break;
                    case '*':
                        _i++;
                        optional = true;
                        break;
                    case '+':
                        _i++;
                        break;
                    case '{':
                        var close = _p.IndexOf('}', _i);
                        if (close < 0)
                        {
                            return (false, false);
                        }

                        var body = _p.Substring(_i + 1, close - _i - 1);
                        var comma = body.IndexOf(',');
                        var least = comma < 0 ? body : body.Substring(0, comma);
                        var most = comma < 0 ? body : body.Substring(comma + 1);
                        if (!IsCount(least) || (most.Length > 0 && !IsCount(most)))
                        {
                            return (false, false);
                        }

                        _i = close + 1;
                        optional = least.TrimStart('0').Length == 0;
                        repeated = !(least.TrimStart('0') == "1" && (comma < 0 || most.TrimStart('0') == "1"));
                        break;
                    default:
                        return (false, false);
                }

                Next('?');
                return (optional, repeated);
            }

            /// <summary>
            /// Steps over one element outside every group: its literal character, or null for a group, a class, an escape
            /// that is not one character, ., ^ or $. <paramref name="stop"/> when the element says nothing is required
            /// throughout: an alternative outside every group, or options that run to the end of their group ((?i)).
            /// </summary>
            public char? TopLevelLiteral(out bool stop)
            {
                stop = false;
                var c = _p[_i];
                switch (c)
                {
                    case '|':
                        stop = true;
                        return null;
                    case '(':
                        if (_i + 2 < _p.Length && _p[_i + 1] == '?' && (_p[_i + 2] == '-' || "imnsx".IndexOf(_p[_i + 2]) >= 0))
                        {
                            var j = _i + 2;
                            while (j < _p.Length && (_p[j] == '-' || "imnsx".IndexOf(_p[j]) >= 0))
                            {
                                j++;
                            }

                            if (j < _p.Length && _p[j] == ')')
                            {
                                stop = true;
                                return null;
                            }
                        }

                        SkipGroup();
                        return null;
                    case '[':
                        SkipClass();
                        return null;
                    case '\\':
                        var e = _p[_i + 1];
                        _i += 2;
                        if (char.IsLetterOrDigit(e))
                        {
                            // \d, \b, \u3042 …: not read as a literal. What some of them take after the letter (\p{…}, \k<…>) is
                            // not followed; the digits of \u, \x, \c, an octal or a backreference are stepped over.
                            switch (e)
                            {
                                case 'p':
                                case 'P':
                                case 'k':
                                    throw new UnknownStartException();
                                case 'u':
                                    _i += 4;
                                    break;
                                case 'x':
                                    _i += 2;
                                    break;
                                case 'c':
                                    _i += 1;
                                    break;
                                default:
                                    while (e >= '0' && e <= '9' && _i < _p.Length && _p[_i] >= '0' && _p[_i] <= '9')
                                    {
                                        _i++;
                                    }

                                    break;
                            }

                            if (_i > _p.Length)
                            {
                                throw new UnknownStartException();
                            }

                            return null;
                        }

                        return e;
                    case '.':
                    case '^':
                    case '$':
                        _i++;
                        return null;
                    default:
                        _i++;
                        return c;
                }
            }

            private static bool IsCount(string s) => s.Length > 0 && s.All(c => c >= '0' && c <= '9');

            // After a backslash outside a class: true for the anchors, which consume nothing.
            private bool Escape(HashSet<char> chars)
            {
                var c = _p[_i++];
                switch (c)
                {
                    case 'b':
                    case 'B':
                    case 'A':
                    case 'G':
                    case 'z':
                    case 'Z':
                        return true;
                    default:
                        AddEscaped(chars, c);
                        return false;
                }
            }

            // What an escape reads, outside a class or in one (where \b is a backspace).
            private void AddEscaped(HashSet<char> chars, char c)
            {
                switch (c)
                {
                    case 'd':
                        AddWhere(chars, char.IsDigit);
                        return;
                    case 's':
                        AddWhere(chars, char.IsWhiteSpace);
                        return;
                    case 'b':
                        chars.Add('\b');
                        return;
                    case 'n':
                        chars.Add('\n');
                        return;
                    case 'r':
                        chars.Add('\r');
                        return;
                    case 't':
                        chars.Add('\t');
                        return;
                    case 'f':
                        chars.Add('\f');
                        return;
                    case 'v':
                        chars.Add('\v');
                        return;
                    case 'e':
                        chars.Add('\u001B');
                        return;
                    case 'a':
                        chars.Add('\a');
                        return;
                    case 'u':
                        AddChar(chars, Hex(4));
                        return;
                    case 'x':
                        AddChar(chars, Hex(2));
                        return;
                    default:
                        // \w, \W, \D, \S, \p{…}, \P{…}, \k<…>, \1, \0, \cX and any other letter or digit: not followed.
                        if (char.IsLetterOrDigit(c))
                        {
                            throw new UnknownStartException();
                        }

                        AddChar(chars, c);
                        return;
                }
            }

            private char Hex(int digits)
            {
                if (_i + digits > _p.Length || !int.TryParse(_p.Substring(_i, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    throw new UnknownStartException();
                }

                _i += digits;
                return (char)code;
            }

            // A class [...]: its characters and ranges; a negated class or a subtraction is not followed.
            private void Class(HashSet<char> chars)
            {
                if (Peek('^'))
                {
                    throw new UnknownStartException();
                }

                var first = true;
                while (_i < _p.Length)
                {
                    var c = _p[_i++];
                    if (c == ']' && !first)
                    {
                        return;
                    }

                    first = false;
                    if (c == '[')
                    {
                        // A subtraction, or [: which .NET reads as a character; neither is followed.
                        throw new UnknownStartException();
                    }

                    char low;
                    if (c == '\\')
                    {
                        var e = _p[_i++];
                        if (!IsSingleEscape(e))
                        {
                            AddEscaped(chars, e);
                            continue;
                        }

                        low = SingleEscaped(e);
                    }
                    else
                    {
                        low = c;
                    }

                    // A range low-high, unless the - ends the class or starts a subtraction.
                    if (Peek('-') && _i + 1 < _p.Length && _p[_i + 1] != ']')
                    {
                        _i++;
                        var h = _p[_i++];
                        if (h == '[')
                        {
                            throw new UnknownStartException();
                        }

                        char high;
                        if (h == '\\')
                        {
                            var e = _p[_i++];
                            if (!IsSingleEscape(e))
                            {
                                throw new UnknownStartException();
                            }

                            high = SingleEscaped(e);
                        }
                        else
                        {
                            high = h;
                        }

                        if (high < low)
                        {
                            throw new UnknownStartException();
                        }

                        for (var x = low; ; x++)
                        {
                            AddChar(chars, x);
                            if (x == high)
                            {
                                break;
                            }
                        }

                        continue;
                    }

                    AddChar(chars, low);
                }

                throw new UnknownStartException();
            }

            // Escapes that stand for one character, which may bound a range.
            private static bool IsSingleEscape(char e) => !char.IsLetterOrDigit(e) || "bnrtfveaux".IndexOf(e) >= 0;

            private char SingleEscaped(char e)
            {
                var one = new HashSet<char>();
                var ignoreCase = _ignoreCase;
                _ignoreCase = false;
                AddEscaped(one, e);
                _ignoreCase = ignoreCase;
                return one.Single();
            }

            private void AddChar(HashSet<char> chars, char c)
            {
                chars.Add(c);
                if (_ignoreCase)
                {
                    foreach (var variant in CaseEquivalents(c, !_cultureInvariant))
                    {
                        chars.Add(variant);
                    }
                }
            }

            private static void AddWhere(HashSet<char> chars, Func<char, bool> test)
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    if (test((char)c))
                    {
                        chars.Add((char)c);
                    }
                }
            }

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

        /// <summary>
        /// The characters IgnoreCase may match for <paramref name="c"/>: those with the same lower or upper case (k, K and
        /// the Kelvin sign; s, S and the long s), and under a <paramref name="culture"/>'s rules the dotted and dotless i too.
        /// </summary>
        internal static IEnumerable<char> CaseEquivalents(char c, bool culture)
        {
            var keys = new HashSet<char> { c, char.ToLowerInvariant(c), char.ToUpperInvariant(c) };
            if (culture && (keys.Contains('i') || keys.Contains('I')))
            {
                keys.Add('\u0130');
                keys.Add('\u0131');
            }

            var found = new HashSet<char>(keys);
            foreach (var key in keys)
            {
                if (CasedByImage.Value.TryGetValue(key, out var list))
                {
                    found.UnionWith(list);
                }
            }

            return found;
        }

        // For each lower and upper case form, every character that has it as its own lower or upper case.
        private static readonly Lazy<Dictionary<char, List<char>>> CasedByImage = new Lazy<Dictionary<char, List<char>>>(() =>
        {
            var map = new Dictionary<char, List<char>>();
            void Add(char image, char c)
            {
                if (!map.TryGetValue(image, out var list))
                {
                    map[image] = list = new List<char>();
                }

                list.Add(c);
            }

            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                var lower = char.ToLowerInvariant(c);
                var upper = char.ToUpperInvariant(c);
                if (lower != c)
                {
                    Add(lower, c);
                }

                if (upper != c)
                {
                    Add(upper, c);
                }
            }

            return map;
        });
    }
}
