using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>The kinds of things the AI debate names.</summary>
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
