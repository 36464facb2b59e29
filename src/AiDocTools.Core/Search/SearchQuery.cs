using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDocTools.Entities;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>One word or "quoted phrase" of a query, as typed and in the folded form it is matched in.</summary>
    public sealed class SearchTerm
    {
        public SearchTerm(string text, bool isPhrase)
        {
            Text = text;
            IsPhrase = isPhrase;
            Folded = FoldedText.Fold(text, Folding.Search);
        }

        /// <summary>The term as the user typed it.</summary>
        public string Text { get; }

        public bool IsPhrase { get; }

        /// <summary>The term after the same folding as claim text (NFKC, lower case, katakana separators, single spaces).</summary>
        public string Folded { get; }

        public override string ToString() => IsPhrase ? "\"" + Text + "\"" : Text;
    }

    /// <summary>
    /// A parsed query in the syntax users know from web search: words are ANDed, <c>OR</c> between two words
    /// makes either do, <c>-word</c> excludes, and "a quoted phrase" is matched as written.
    /// Parsing never fails: any string gives a query, possibly an empty one that matches nothing.
    /// </summary>
    public sealed class SearchQuery
    {
        private SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> required, IReadOnlyList<SearchTerm> excluded, IReadOnlyList<string> notes)
        {
            Required = required;
            Excluded = excluded;
            Notes = notes;
        }

        /// <summary>How the query was read where that may not be what was meant (a lower-case or, a *, an unclosed quote).</summary>
        public IReadOnlyList<string> Notes { get; }

        /// <summary>Every group must match; a group matches when any of its alternatives (joined by OR) does.</summary>
        public IReadOnlyList<IReadOnlyList<SearchTerm>> Required { get; }

        /// <summary>A claim matching any of these is left out.</summary>
        public IReadOnlyList<SearchTerm> Excluded { get; }

        /// <summary>True when nothing is required: such a query matches no claim.</summary>
        public bool IsEmpty => Required.Count == 0;

        public static SearchQuery Parse(string? text)
        {
            var required = new List<List<SearchTerm>>();
            var excluded = new List<SearchTerm>();
            var notes = new List<string>();
            var joinNext = false;
            var tokens = Tokenize(text ?? string.Empty).ToList();
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.IsUnclosed)
                {
                    notes.Add(Message.Format(Messages.QueryUnclosedQuote, token.Text));
                }

                // Users type "Meta or Google" as they would say it: a lower-case or between two words joins them too,
                // as no claim is worth finding for the word "or" alone.
                if (!token.IsPhrase && !token.IsExcluded && string.Equals(token.Text, "OR", StringComparison.OrdinalIgnoreCase)
                    && (token.Text == "OR" || (required.Count > 0 && t + 1 < tokens.Count)))
                {
                    if (token.Text != "OR")
                    {
                        notes.Add(Message.Format(Messages.QueryLowerCaseOr, token.Text));
                    }

                    joinNext = required.Count > 0;
                    continue;
                }

                // Shell users reach for Meta* out of habit; a star in the word would only make it match nothing.
                if (!token.IsPhrase && token.Text.EndsWith("*", StringComparison.Ordinal))
                {
                    var word = token.Text.TrimEnd('*');
                    notes.Add(Message.Format(Messages.QueryWildcard, token.Text, word));
                    token.Text = word;
                }

                var term = new SearchTerm(token.Text, token.IsPhrase);
                if (term.Folded.Length == 0)
                {
                    continue;
                }

                if (token.IsExcluded)
                {
                    excluded.Add(term);
                }
                else if (joinNext)
                {
                    required[required.Count - 1].Add(term);
                }
                else
                {
                    required.Add(new List<SearchTerm> { term });
                }

                joinNext = false;
            }

            return new SearchQuery(required.Select(g => (IReadOnlyList<SearchTerm>)g).ToList(), excluded, notes);
        }

        /// <summary>
        /// The query with each term that names a known entity widened to any of its names, so ザッカーバーグ
        /// also finds claims that write Zuckerberg or Mark Zuckerberg.
        /// </summary>
        public SearchQuery ExpandAliases(IEntityRecognizer? recognizer)
        {
            if (recognizer == null)
            {
                return this;
            }

            var required = Required.Select(group => (IReadOnlyList<SearchTerm>)group.SelectMany(t => Aliases(t, recognizer)).ToList()).ToList();
            var excluded = Excluded.SelectMany(t => Aliases(t, recognizer)).ToList();
            return new SearchQuery(required, excluded, Notes);
        }

        public override string ToString()
        {
            var parts = Required.Select(g => string.Join(" OR ", g.Select(t => t.ToString())))
                .Concat(Excluded.Select(t => "-" + t));
            return string.Join(" ", parts);
        }

        private static IEnumerable<SearchTerm> Aliases(SearchTerm term, IEntityRecognizer recognizer)
        {
            yield return term;
            string? canonical;
            IReadOnlyList<string> aliases;
            try
            {
                canonical = recognizer.CanonicalName(term.Text);
                aliases = canonical == null ? new string[0] : recognizer.AliasesOf(canonical);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // A recognizer that trips on odd input must not turn a search into a failure; the term still counts as typed.
                yield break;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { term.Folded };
            foreach (var alias in (canonical == null ? new string[0] : new[] { canonical }).Concat(aliases))
            {
                var expanded = new SearchTerm(alias, term.IsPhrase);
                if (expanded.Folded.Length > 0 && seen.Add(expanded.Folded))
                {
                    yield return expanded;
                }
            }
        }

        private struct Token
        {
            public string Text;
            public bool IsPhrase;
            public bool IsExcluded;
            public bool IsUnclosed;
        }

        private static bool IsQuote(char c) => c == '"' || c == '＂' || c == '“' || c == '”';

        private static bool IsMinus(char c) => c == '-' || c == '－' || c == '−';

        private static IEnumerable<Token> Tokenize(string text)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var excluded = false;
                if (IsMinus(text[i]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                {
                    excluded = true;
                    i++;
                }

                if (IsQuote(text[i]))
                {
                    // An unclosed quote runs to the end of the query rather than failing.
                    var end = i + 1;
                    while (end < text.Length && !IsQuote(text[end]))
                    {
                        end++;
                    }

                    yield return new Token { Text = text.Substring(i + 1, end - i - 1), IsPhrase = true, IsExcluded = excluded, IsUnclosed = end >= text.Length };
                    i = end + 1;
                    continue;
                }

                var word = new StringBuilder();
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i]))
                {
                    word.Append(text[i]);
                    i++;
                }

                yield return new Token { Text = word.ToString(), IsExcluded = excluded };
            }
        }
    }
}
