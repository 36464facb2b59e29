using System;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Rules;
using AiDocTools.Time;

namespace AiDocTools.Analysis
{
    /// <summary>
    /// The whole analysis, built once from a set of language packs and an entity dictionary: reading, entities, dates
    /// and claims, each stage handed the rules it runs with. A test or a user builds one with packs of their own; the
    /// shipped rules are <see cref="Shipped"/>. It sits above Articles, Claims, Entities and Time and composes them;
    /// none of them calls it.
    /// </summary>
    public sealed class AnalysisPipeline
    {
        private static readonly Lazy<AnalysisPipeline> ShippedPipeline = new Lazy<AnalysisPipeline>(() => new AnalysisPipeline(LanguagePacks.Shipped));

        /// <param name="packs">The rule packs every stage reads; a stage asking for one the set lacks fails naming it.</param>
        /// <param name="dictionary">The entity dictionary; the shipped one when null.</param>
        public AnalysisPipeline(LanguagePacks packs, EntityDictionary? dictionary = null)
            : this(packs, new EntityRecognizer(dictionary ?? EntityDictionary.Shipped, packs))
        {
        }

        /// <summary>
        /// A pipeline on a recogniser already built (the cmdlets keep one per user dictionary); the recogniser keeps the
        /// entity rules it was built with, so build it with the same packs.
        /// </summary>
        public AnalysisPipeline(LanguagePacks packs, EntityRecognizer entities)
        {
            Packs = packs ?? throw new ArgumentNullException(nameof(packs));
            Entities = entities ?? throw new ArgumentNullException(nameof(entities));
            Dates = new TemporalRecognizer(DateWords.Load(), packs.Get("ja", "dates"), packs.Get("en", "dates"));
            Events = new EventExtractor(Entities, Dates);
            Claims = new ClaimExtractor(packs, Entities, Events);
            Cleaner = new ArticleCleaner(packs, Dates, null, null);
        }

        /// <summary>The pipeline of the shipped packs and dictionary, built on first use.</summary>
        public static AnalysisPipeline Shipped => ShippedPipeline.Value;

        public LanguagePacks Packs { get; }

        /// <summary>How a parsed document becomes an article: boilerplate, bylines, datelines, by this pipeline's packs.</summary>
        public ArticleCleaner Cleaner { get; }

        public EntityRecognizer Entities { get; }

        /// <summary>The date grammar the events and the claims' dates are read with.</summary>
        internal TemporalRecognizer Dates { get; }

        public EventExtractor Events { get; }

        public ClaimExtractor Claims { get; }

        /// <summary>
        /// A reader on this pipeline's cleaning rules. Readers carry their own settings (the file-size limit), so each
        /// caller or thread takes its own; the rules behind them are shared.
        /// </summary>
        public ArticleReader NewReader() => new ArticleReader(Cleaner);
    }
}
