using System;
using System.Collections.Generic;
using System.IO;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Time;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Recognizers for the shipped dictionary merged with a user's files, built once per set of files and kept while
    /// the files are unchanged: a session alternating Get-AiEntity -DictionaryPath with plain Get-AiClaim reuses both.
    /// </summary>
    internal static class EntityRecognizers
    {
        // A handful of dictionaries is what a session uses; more are dropped rather than kept for the process's life.
        private const int MaximumCached = 8;

        private static readonly object Gate = new object();
        private static readonly Dictionary<string, (string Stamp, EntityRecognizer Recognizer)> Cached =
            new Dictionary<string, (string Stamp, EntityRecognizer Recognizer)>(StringComparer.Ordinal);

        public static EntityRecognizer For(string? extraPath)
        {
            if (extraPath != null && !File.Exists(extraPath))
            {
                throw new FileNotFoundException(string.Format(Messages.PathNotFound, extraPath), extraPath);
            }

            var key = extraPath ?? string.Empty;
            var stamp = Stamp(EntityDictionary.UserDictionaryPath) + "|" + (extraPath == null ? string.Empty : Stamp(extraPath));
            lock (Gate)
            {
                if (Cached.TryGetValue(key, out var cached) && cached.Stamp == stamp)
                {
                    return cached.Recognizer;
                }
            }

            // Built outside the lock: a large user dictionary takes a moment, and other runspaces need not wait for it.
            var recognizer = new EntityRecognizer(EntityDictionary.ForUser(extraPath), AnalysisPipeline.Shipped.Packs);
            lock (Gate)
            {
                if (Cached.Count >= MaximumCached && !Cached.ContainsKey(key))
                {
                    Cached.Clear();
                }

                Cached[key] = (stamp, recognizer);
                return recognizer;
            }
        }

        private static string Stamp(string path) =>
            File.Exists(path) ? path + "@" + File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : path + "@none";
    }

    /// <summary>
    /// The extractors every cmdlet uses, the shipped analysis pipeline on the user's entity dictionary (the shipped one plus the file in the
    /// user's config folder), so a name the user adds is a speaker in Get-AiClaim, a search alias and a timeline entity alike.
    /// </summary>
    internal static class Analysers
    {
        private static readonly object Gate = new object();
        private static EntityRecognizer? _recognizer;
        private static ClaimExtractor? _claims;
        private static EventExtractor? _events;

        public static EntityRecognizer Recognizer => Refresh().Recognizer;

        public static ClaimExtractor Claims => Refresh().Claims;

        public static EventExtractor Events => Refresh().Events;

        /// <summary>A reader on the shipped packs; each cmdlet takes its own, as a reader carries its size limit.</summary>
        public static ArticleReader NewReader() => AnalysisPipeline.Shipped.NewReader();

        private static (EntityRecognizer Recognizer, ClaimExtractor Claims, EventExtractor Events) Refresh()
        {
            var recognizer = EntityRecognizers.For(null);
            lock (Gate)
            {
                if (!ReferenceEquals(recognizer, _recognizer))
                {
                    _recognizer = recognizer;
                    // The shipped pipeline's dates, reading and attribution rules, with the user's dictionary.
                    var pipeline = AnalysisPipeline.Shipped.WithEntities(recognizer);
                    _events = pipeline.Events;
                    _claims = pipeline.Claims;
                }

                return (_recognizer, _claims!, _events!);
            }
        }
    }
}
