using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Claims;
using AiDocTools.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Search.Similarities;

namespace AiDocTools.Search
{
    /// <summary>
    /// How one claim is laid out as a Lucene document: the updater writes it and the query reads it, so the field names
    /// and what each holds live here once. A change to the layout must raise <see cref="IndexManifest.CurrentFormat"/>.
    /// </summary>
    internal static class IndexDocument
    {
        public const string TextField = "text";
        public const string KindField = "kind";
        public const string SpeakerField = "speaker";
        public const string EntityField = "entity";
        public const string PublishedStartField = "published.start";
        public const string PublishedEndField = "published.end";
        public const string FileField = "file";
        public const string ClaimField = "claim";

        // Lucene's BM25 with the usual constants, the same as the in-memory ranking's; norms are written with it, so
        // the writer and every searcher must use the same one.
        public static readonly BM25Similarity Similarity = new BM25Similarity(1.2f, 0.75f);

        /// <summary>The document of one claim of <paramref name="path"/>, whose folded text is <paramref name="folded"/>.</summary>
        public static Document For(string path, Claim claim, string folded)
        {
            var document = new Document
            {
                new StringField(FileField, path, Field.Store.YES),
                new TextField(TextField, new PositionedTokenStream(SearchTerms.IndexTokens(folded))),
                new StoredField(ClaimField, ClaimJson.Serialize(claim)),
                new StringField(KindField, claim.Kind.ToString(), Field.Store.NO),
            };
            foreach (var speaker in IndexedArticle.Speakers(claim))
            {
                document.Add(new StringField(SpeakerField, speaker, Field.Store.NO));
            }

            foreach (var entity in claim.Entities.Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(EntityField, entity, Field.Store.NO));
            }

            if (claim.PublishedValue != null)
            {
                document.Add(new Int64Field(PublishedStartField, claim.PublishedValue.Start.Ticks, Field.Store.NO));
                document.Add(new Int64Field(PublishedEndField, claim.PublishedValue.End.Ticks, Field.Store.NO));
            }

            return document;
        }

        /// <summary>
        /// Index terms computed by <see cref="SearchTerms.IndexTokens"/>, handed to Lucene as they are: a query's phrase
        /// is built from the same tokens, so no Lucene analyser may split or fold them differently.
        /// </summary>
        private sealed class PositionedTokenStream : TokenStream
        {
            private readonly List<PositionedToken> _tokens;
            private readonly ICharTermAttribute _term;
            private readonly IPositionIncrementAttribute _increment;
            private int _next;
            private int _lastPosition = -1;

            public PositionedTokenStream(List<PositionedToken> tokens)
            {
                _tokens = tokens;
                _term = AddAttribute<ICharTermAttribute>();
                _increment = AddAttribute<IPositionIncrementAttribute>();
            }

            public override bool IncrementToken()
            {
                if (_next >= _tokens.Count)
                {
                    return false;
                }

                ClearAttributes();
                var token = _tokens[_next++];
                _term.SetEmpty().Append(token.Term);
                _increment.PositionIncrement = token.Position - _lastPosition;
                _lastPosition = token.Position;
                return true;
            }

            public override void Reset()
            {
                base.Reset();
                _next = 0;
                _lastPosition = -1;
            }
        }
    }
}
