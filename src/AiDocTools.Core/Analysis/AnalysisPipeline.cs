using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Rules;
using AiDocTools.Time;

namespace AiDocTools.Analysis
{
    /// <summary>
    /// The whole analysis, built from a set of language packs and an entity dictionary: reading, entities, dates and
    /// claims, each stage handed the rules it runs with. A test or a user builds one with packs of their own; the shipped
    /// rules are <see cref="Shipped"/>, the one static. It sits above Articles, Claims, Entities and Time and composes
    /// them; none of them calls it. Each stage is built on first use, so reading articles compiles no attribution rules.
    /// </summary>
    public sealed class AnalysisPipeline
    {
        /// <summary>The packs the stages read; a pipeline without one of them fails when it is built.</summary>
        public static readonly IReadOnlyList<(string Language, string Capability)> Needed =
            new[] { "attribution", "boilerplate", "bylines", "dates", "entities" }
                .SelectMany(c => new[] { ("ja", c), ("en", c) }).ToList();

        private static readonly Lazy<AnalysisPipeline> ShippedPipeline = new Lazy<AnalysisPipeline>(() => new AnalysisPipeline(LanguagePacks.Shipped));

        private readonly Lazy<TemporalRecognizer> _dates;
        private readonly Lazy<ArticleCleaner> _cleaner;
        private readonly Lazy<ClaimCues> _cues;
        private readonly Lazy<EntityRecognizer> _entities;
        private readonly Lazy<EventExtractor> _events;
        private readonly Lazy<ClaimExtractor> _claims;

        /// <param name="packs">The rule packs every stage reads; a set lacking one of <see cref="Needed"/> fails here, naming it.</param>
        /// <param name="dictionary">The entity dictionary; the shipped one when null.</param>
        public AnalysisPipeline(LanguagePacks packs, EntityDictionary? dictionary = null)
        {
            Packs = packs ?? throw new ArgumentNullException(nameof(packs));
            packs.Require(Needed);
            _dates = new Lazy<TemporalRecognizer>(() => TemporalRecognizer.From(packs));
            _cleaner = new Lazy<ArticleCleaner>(() => new ArticleCleaner(packs, Dates, null, null));
            _cues = new Lazy<ClaimCues>(() => new ClaimCues(packs.Get("ja", "attribution"), packs.Get("en", "attribution")));
            _entities = new Lazy<EntityRecognizer>(() => new EntityRecognizer(dictionary ?? EntityDictionary.Shipped, packs));
            _events = new Lazy<EventExtractor>(() => new EventExtractor(Entities, Dates));
            _claims = new Lazy<ClaimExtractor>(() => new ClaimExtractor(_cues.Value, Entities, Events, packs));
        }

        // This pipeline's rules with another recogniser: the dates, the reading and the attribution rules are shared.
        private AnalysisPipeline(AnalysisPipeline rules, EntityRecognizer entities)
        {
            Packs = rules.Packs;
            _dates = rules._dates;
            _cleaner = rules._cleaner;
            _cues = rules._cues;
            _entities = new Lazy<EntityRecognizer>(() => entities);
            _events = new Lazy<EventExtractor>(() => new EventExtractor(Entities, Dates));
            _claims = new Lazy<ClaimExtractor>(() => new ClaimExtractor(_cues.Value, Entities, Events, Packs));
        }

        /// <summary>The pipeline of the shipped packs and dictionary, built on first use.</summary>
        public static AnalysisPipeline Shipped => ShippedPipeline.Value;

        public LanguagePacks Packs { get; }

        /// <summary>How a parsed document becomes an article: boilerplate, bylines, datelines, by this pipeline's packs.</summary>
        public ArticleCleaner Cleaner => _cleaner.Value;

        public EntityRecognizer Entities => _entities.Value;

        public EventExtractor Events => _events.Value;

        public ClaimExtractor Claims => _claims.Value;

        /// <summary>The date grammar the events, the datelines and the claims' dates are read with.</summary>
        internal TemporalRecognizer Dates => _dates.Value;

        /// <summary>
        /// A reader on this pipeline's cleaning rules. Readers carry their own settings (the file-size limit), so each
        /// caller or thread takes its own; the rules behind them are shared.
        /// </summary>
        public ArticleReader NewReader() => new ArticleReader(Cleaner);

        /// <summary>
        /// This pipeline with another entity recogniser (the cmdlets keep one per user dictionary): the same packs, dates,
        /// reading and attribution rules; the recogniser keeps the entity rules it was built with, so build it with <see cref="Packs"/>.
        /// </summary>
        public AnalysisPipeline WithEntities(EntityRecognizer entities) =>
            new AnalysisPipeline(this, entities ?? throw new ArgumentNullException(nameof(entities)));
    }
}
