using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Entities;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>
    /// A query ready to run against claims: either the parsed query syntax (see <see cref="SearchQuery"/>) or a
    /// regular expression, the escape hatch for what the syntax cannot say. The unit of matching is one claim,
    /// so nothing ever matches across a sentence boundary.
    /// </summary>
    public sealed class ClaimQuery
    {
        /// <summary>How long a regular expression may run on one claim before the search gives up.</summary>
        public static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromSeconds(2);

        private ClaimQuery(string text, IReadOnlyList<IReadOnlyList<QueryFeature>> required, IReadOnlyList<QueryFeature> excluded, IReadOnlyList<string>? notes = null)
        {
            Text = text;
            Notes = notes ?? new string[0];
            Required = required;
            Excluded = excluded;
            Positive = required.SelectMany(g => g).ToList();
        }

        /// <summary>The query as given.</summary>
        public string Text { get; }

        /// <summary>Where the query was read otherwise than as typed, for the user to see (see <see cref="SearchQuery.Notes"/>).</summary>
        public IReadOnlyList<string> Notes { get; }

        internal IReadOnlyList<IReadOnlyList<QueryFeature>> Required { get; }

        internal IReadOnlyList<QueryFeature> Excluded { get; }

        /// <summary>Every feature that adds to the score, in a fixed order so scores add up the same way every time.</summary>
        internal IReadOnlyList<QueryFeature> Positive { get; }

        public bool IsEmpty => Required.Count == 0;

        /// <summary>The query syntax; terms naming a known entity are widened to its aliases when a recognizer is given.</summary>
        public static ClaimQuery Parse(string? text, IEntityRecognizer? recognizer = null)
        {
            var parsed = SearchQuery.Parse(text).ExpandAliases(recognizer);
            return new ClaimQuery(
                text ?? string.Empty,
                parsed.Required.Select(g => (IReadOnlyList<QueryFeature>)g.Select(t => (QueryFeature)new TermFeature(t)).ToList()).ToList(),
                parsed.Excluded.Select(t => (QueryFeature)new TermFeature(t)).ToList(),
                parsed.Notes);
        }

        /// <summary>
        /// A .NET regular expression matched against each claim's original text, case-insensitively like Select-String.
        /// </summary>
        /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
        public static ClaimQuery FromRegex(string pattern, TimeSpan? timeout = null)
        {
            var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, timeout ?? DefaultRegexTimeout);
            var feature = new RegexFeature(regex);
            return new ClaimQuery(pattern, new[] { new QueryFeature[] { feature } }, new QueryFeature[0]);
        }

        /// <summary>
        /// True when <paramref name="positiveSpans"/> (what each of <see cref="Positive"/> found in the claim) satisfy
        /// every required group and no excluded feature occurs in the claim.
        /// </summary>
        internal bool Satisfies(FoldedText text, IReadOnlyList<TextSpan>[] positiveSpans)
        {
            if (IsEmpty)
            {
                return false;
            }

            var index = 0;
            foreach (var group in Required)
            {
                var groupMatched = false;
                for (var i = 0; i < group.Count; i++, index++)
                {
                    groupMatched |= positiveSpans[index].Count > 0;
                }

                if (!groupMatched)
                {
                    return false;
                }
            }

            return Excluded.All(feature => feature.Find(text).Count == 0);
        }

        public override string ToString() => Text;
    }

    /// <summary>One thing a query looks for, found as spans of the claim's original text.</summary>
    internal abstract class QueryFeature
    {
        public abstract IReadOnlyList<TextSpan> Find(FoldedText text);

        /// <summary>
        /// The index terms the feature is found by, at their offsets in a phrase (see <see cref="SearchTerms.QueryTokens"/>);
        /// null when the index cannot find it and every claim must be looked at.
        /// </summary>
        public abstract IReadOnlyList<PositionedToken>? PhraseTokens { get; }

        /// <summary>The folded word or phrase a term looks for; null for a regular expression.</summary>
        public virtual string? Folded => null;
    }

    /// <summary>A word or phrase, found in folded text; Latin words only where they stand as whole words.</summary>
    internal sealed class TermFeature : QueryFeature
    {
        private readonly string _folded;
        private readonly bool _wordStart;
        private readonly bool _wordEnd;

        public TermFeature(SearchTerm term)
        {
            _folded = term.Folded;
            _wordStart = SearchTerms.IsWordChar(_folded[0]);
            _wordEnd = SearchTerms.IsWordChar(_folded[_folded.Length - 1]);
            PhraseTokens = SearchTerms.QueryTokens(_folded);
        }

        public override IReadOnlyList<PositionedToken>? PhraseTokens { get; }

        public override string? Folded => _folded;

        public override IReadOnlyList<TextSpan> Find(FoldedText text)
        {
            var found = new List<TextSpan>();
            var folded = text.Folded;
            var from = 0;
            while (from <= folded.Length - _folded.Length)
            {
                var at = folded.IndexOf(_folded, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = at + _folded.Length;
                // "llama" must not match inside "llamas", nor "ai" inside "said".
                var standsAlone = (!_wordStart || at == 0 || !SearchTerms.IsWordChar(folded[at - 1]))
                    && (!_wordEnd || end == folded.Length || !SearchTerms.IsWordChar(folded[end]));
                if (standsAlone)
                {
                    found.Add(text.SourceSpan(at, _folded.Length));
                    from = end;
                }
                else
                {
                    from = at + 1;
                }
            }

            return found;
        }
    }

    /// <summary>A regular expression on the claim's original text.</summary>
    internal sealed class RegexFeature : QueryFeature
    {
        private readonly Regex _regex;

        public RegexFeature(Regex regex)
        {
            _regex = regex;
        }

        public override IReadOnlyList<PositionedToken>? PhraseTokens => null;

        public override IReadOnlyList<TextSpan> Find(FoldedText text)
        {
            var found = new List<TextSpan>();
            for (var m = _regex.Match(text.Source); m.Success; m = m.NextMatch())
            {
                // An empty match (^, \b) still makes the claim match, as in Select-String; it just marks nothing.
                found.Add(new TextSpan(m.Index, m.Length));
            }

            return found;
        }
    }
}
