using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>The kinds of things the AI debate names.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum EntityType
    {
        Organization,
        Person,
        Model,
        Product,
        Publication,
        LawOrPolicy,
        Event,
    }

    /// <summary>One place in a text where an entity is named.</summary>
    public sealed class EntityMention
    {
        public EntityMention(string name, EntityType type, string asWritten, int start, int length, bool known)
        {
            Name = name;
            Type = type;
            AsWritten = asWritten;
            Start = start;
            Length = length;
            Known = known;
        }

        /// <summary>The canonical English name (Mark Zuckerberg for マーク・ザッカーバーグ氏).</summary>
        public string Name { get; }

        public EntityType Type { get; }

        /// <summary>The text exactly as it stands at <see cref="Start"/>.</summary>
        public string AsWritten { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>False for a name found by its shape (an honorific, a title, a version number) but absent from the dictionary.</summary>
        public bool Known { get; }

        public override string ToString() => Name;
    }
}

namespace AiDocTools.Entities
{
    using System.Collections.Generic;

    /// <summary>Mentions found once in a whole text, handed out by the sentence or paragraph they stand in.</summary>
    public static class EntityMentions
    {
        /// <summary>
        /// The mentions of <paramref name="mentions"/> (in text order, as <see cref="IEntityRecognizer.FindMentions"/> gives
        /// them) that lie wholly inside [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).
        /// </summary>
        public static IReadOnlyList<EntityMention> Within(IReadOnlyList<EntityMention> mentions, int start, int length)
        {
            var end = start + length;
            List<EntityMention>? inside = null;
            for (var i = FirstFrom(mentions, start); i < mentions.Count && mentions[i].Start < end; i++)
            {
                if (mentions[i].Start + mentions[i].Length <= end)
                {
                    (inside ??= new List<EntityMention>()).Add(mentions[i]);
                }
            }

            return inside ?? (IReadOnlyList<EntityMention>)System.Array.Empty<EntityMention>();
        }

        /// <summary>The distinct canonical names of the mentions inside a range, in order of first mention.</summary>
        public static string[] NamesWithin(IReadOnlyList<EntityMention> mentions, int start, int length)
        {
            // Read in place, into an array as long as the mentions inside: every claim asks, and a list of the mentions,
            // a list of the names and its copy were three allocations per sentence for the few names most sentences have.
            var end = start + length;
            var first = FirstFrom(mentions, start);
            var inside = 0;
            for (var i = first; i < mentions.Count && mentions[i].Start < end; i++)
            {
                if (mentions[i].Start + mentions[i].Length <= end)
                {
                    inside++;
                }
            }

            if (inside == 0)
            {
                return System.Array.Empty<string>();
            }

            var names = new string[inside];
            var count = 0;
            for (var i = first; count < inside && i < mentions.Count && mentions[i].Start < end; i++)
            {
                var name = mentions[i].Name;
                if (mentions[i].Start + mentions[i].Length <= end && System.Array.IndexOf(names, name, 0, count) < 0)
                {
                    names[count++] = name;
                }
            }

            if (count < names.Length)
            {
                System.Array.Resize(ref names, count);
            }

            return names;
        }

        // The first mention, in text order, that starts at or after start.
        private static int FirstFrom(IReadOnlyList<EntityMention> mentions, int start) => FirstFrom(mentions, start, m => m.Start);

        /// <summary>The first item of a list sorted by where its items start that starts at or after <paramref name="start"/> (a binary search).</summary>
        internal static int FirstFrom<T>(IReadOnlyList<T> sorted, int start, System.Func<T, int> startOf)
        {
            var low = 0;
            var high = sorted.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (startOf(sorted[middle]) < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}

namespace AiDocTools.Entities
{
    using System.Collections.Generic;

    /// <summary>Finds entity mentions and maps any surface form to its canonical name; claims and events use it.</summary>
    public interface IEntityRecognizer
    {
        /// <summary>Every mention in <paramref name="text"/>, longest match first where names overlap, in text order.</summary>
        IReadOnlyList<EntityMention> FindMentions(string text);

        /// <summary>The canonical name for a surface form (ザッカーバーグ氏 → Mark Zuckerberg), or null when unknown.</summary>
        string? CanonicalName(string surfaceForm);

        /// <summary>Every known surface form of a canonical name (Meta → Meta, メタ, Meta Platforms…), for query expansion; empty when unknown.</summary>
        IReadOnlyList<string> AliasesOf(string canonicalName);
    }
}
