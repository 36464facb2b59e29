using System.Collections.Generic;

namespace AiDocTools.Core.Tests.Export
{
    /// <summary>Hand-made events for the export tests, independent of any extractor.</summary>
    internal static class Events
    {
        public static TimelineEvent At(string isoDate, string summary, string articleId = "a", string? sentence = null, int start = 0, TemporalKind kind = TemporalKind.Absolute, params string[] entities) =>
            new TimelineEvent
            {
                DateValue = PartialDate.Parse(isoDate),
                Expression = isoDate,
                Kind = kind,
                Resolved = true,
                Summary = summary,
                Sentence = sentence ?? summary,
                ArticleId = articleId,
                Start = start,
                Length = isoDate.Length,
                Entities = entities,
            };

        /// <summary>Article text an attacker controls: markup, script, event handlers, every Markdown and Mermaid metacharacter.</summary>
        public const string Hostile =
            "<script>alert('x')</script> <img src=x onerror=\"alert(1)\"> **bold** [link](javascript:alert(1)) # not a heading; 50% : a, \"b\"\r\nnext line &amp; `code` %% comment | <br> \\";

        public static IReadOnlyDictionary<string, string?> Titles(params (string Id, string Title)[] titles)
        {
            var map = new Dictionary<string, string?>();
            foreach (var (id, title) in titles)
            {
                map[id] = title;
            }

            return map;
        }
    }
}
