using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>One place an entity is named in an article: the body, or a field such as Author.</summary>
    public sealed class EntityOccurrence
    {
        public EntityOccurrence(string articleId, string field, string asWritten, int start, int length)
        {
            ArticleId = articleId;
            Field = field;
            AsWritten = asWritten;
            Start = start;
            Length = length;
        }

        public string ArticleId { get; }

        /// <summary>Body, or the article property the name came from (Title, Author, Translator).</summary>
        public string Field { get; }

        public string AsWritten { get; }

        /// <summary>Offset in <see cref="Field"/> of the article.</summary>
        public int Start { get; }

        public int Length { get; }

        public override string ToString() => ArticleId + ":" + Start;
    }

    /// <summary>
    /// An organisation, person, model, product, publication, law or event the articles name, once under its canonical
    /// name with every surface form seen (Meta, メタ; マーク・ザッカーバーグ, ザッカーバーグ氏, Zuckerberg).
    /// </summary>
    public sealed class Entity
    {
        public Entity(string name, EntityType type, bool known, IReadOnlyList<string> aliases, IReadOnlyList<string> articles, IReadOnlyList<EntityOccurrence> occurrences, IReadOnlyList<string>? articlePaths = null)
        {
            Name = name;
            Type = type;
            Known = known;
            Aliases = ItemList.Of(aliases);
            Articles = ItemList.Of(articles);
            Occurrences = ItemList.Of(occurrences);
            ArticlePaths = ItemList.Of(articlePaths);
        }

        /// <summary>The canonical English name; for a name not in the dictionary, the name as first written.</summary>
        public string Name { get; }

        public EntityType Type { get; }

        /// <summary>The surface forms seen, as written, in order of first appearance.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>How many times the entity is named across the articles.</summary>
        public int Mentions => Occurrences.Count;

        /// <summary>The ids of the articles that name it.</summary>
        public IReadOnlyList<string> Articles { get; }

        /// <summary>False when the name was found by its shape and is not in the dictionary.</summary>
        public bool Known { get; }

        /// <summary>The files of the articles that name the entity, so it can be piped to Get-AiClaim or Get-AiArticle.</summary>
        public IReadOnlyList<string> ArticlePaths { get; }

        /// <summary>Every mention, with its article and offsets, for claims and events.</summary>
        public IReadOnlyList<EntityOccurrence> Occurrences { get; }

        public override string ToString() => Name;
    }
}
