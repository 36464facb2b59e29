using System.Collections.Generic;
using AiDocTools.Entities;

namespace AiDocTools.Time
{
    /// <summary>Placeholder so the export branch compiles; the real extractor comes from the date-recogniser branch.</summary>
    public sealed class EventExtractor
    {
        public EventExtractor(IEntityRecognizer? entities = null)
        {
        }

        public static EventExtractor Default { get; } = new EventExtractor();

        public IReadOnlyList<TimelineEvent> Extract(Article article) => new TimelineEvent[0];
    }
}
