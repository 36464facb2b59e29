using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AiDocTools.Entities
{
    /// <summary>One canonical entity and the forms it is written in.</summary>
    public sealed class EntityDefinition
    {
        public EntityDefinition(string name, EntityType type, IEnumerable<string>? aliases = null, IEnumerable<string>? titledOnly = null,
            IEnumerable<string>? notPrecededBy = null, IEnumerable<string>? notFollowedBy = null,
            IEnumerable<string>? contextAliases = null, IEnumerable<string>? contextEntities = null, IEnumerable<string>? relatedTo = null)
        {
            Name = name;
            Type = type;
            Aliases = Distinct(new[] { name }.Concat(aliases ?? Enumerable.Empty<string>())
                .Except((titledOnly ?? Enumerable.Empty<string>()).Concat(contextAliases ?? Enumerable.Empty<string>()), StringComparer.Ordinal));
            TitledOnly = Distinct(titledOnly ?? Enumerable.Empty<string>());
            NotPrecededBy = Distinct(notPrecededBy ?? Enumerable.Empty<string>());
            NotFollowedBy = Distinct(notFollowedBy ?? Enumerable.Empty<string>());
            ContextAliases = Distinct(contextAliases ?? Enumerable.Empty<string>());
            ContextEntities = Distinct(contextEntities ?? Enumerable.Empty<string>());
            RelatedTo = Distinct(relatedTo ?? Enumerable.Empty<string>());
        }

        /// <summary>The canonical English name.</summary>
        public string Name { get; }

        public EntityType Type { get; }

        /// <summary>Every form that names the entity on its own, the canonical name first.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Forms that are ordinary words alone and name the entity only with a title or suffix written on (マスク氏, エコノミスト誌).</summary>
        public IReadOnlyList<string> TitledOnly { get; }

        /// <summary>Text that, just before a form, makes the mention figurative (界の before ノーベル賞).</summary>
        public IReadOnlyList<string> NotPrecededBy { get; }

        /// <summary>Text that, just after a form, makes it part of another name (平均 after 日経).</summary>
        public IReadOnlyList<string> NotFollowedBy { get; }

        /// <summary>
        /// Forms that are ambiguous alone and name the entity only in a sentence that also names one of
        /// <see cref="ContextEntities"/>: a plan or tier (Pro for ChatGPT Pro beside OpenAI, Flash for Gemini Flash beside Google).
        /// </summary>
        public IReadOnlyList<string> ContextAliases { get; }

        /// <summary>The canonical names (the owner company, the parent product) whose mention licenses <see cref="ContextAliases"/>.</summary>
        public IReadOnlyList<string> ContextEntities { get; }

        /// <summary>
        /// The canonical names of the organisations behind this entity: a model's or product's maker or owner, a unit's
        /// parent company, the company a founder leads. What is said about Llama or Instagram is said about Meta.
        /// </summary>
        public IReadOnlyList<string> RelatedTo { get; }

        public override string ToString() => Name;

        internal EntityDefinition MergedWith(EntityDefinition other) => new EntityDefinition(
            Name, other.Type, Aliases.Concat(other.Aliases), TitledOnly.Concat(other.TitledOnly),
            NotPrecededBy.Concat(other.NotPrecededBy), NotFollowedBy.Concat(other.NotFollowedBy),
            ContextAliases.Concat(other.ContextAliases), ContextEntities.Concat(other.ContextEntities), RelatedTo.Concat(other.RelatedTo));

        private static IReadOnlyList<string> Distinct(IEnumerable<string> forms) =>
            forms.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The canonical entities the recognizer knows: the dictionary shipped in Data/entities.json, merged with a user's own
    /// file of the same shape. A user entry whose name exists already adds its aliases (and may correct the type).
    /// </summary>
    public sealed class EntityDictionary
    {
        private static readonly Lazy<EntityDictionary> ShippedDictionary = new Lazy<EntityDictionary>(
            () => FromModel(EmbeddedData.Load<EntityFile>("entities.json"), "entities.json"));

        private readonly Dictionary<string, EntityDefinition> _byName;

        public EntityDictionary(IEnumerable<EntityDefinition> entities)
        {
            _byName = new Dictionary<string, EntityDefinition>(StringComparer.OrdinalIgnoreCase);
            var order = new List<string>();
            foreach (var entity in entities)
            {
                if (_byName.TryGetValue(entity.Name, out var existing))
                {
                    _byName[entity.Name] = existing.MergedWith(entity);
                }
                else
                {
                    _byName[entity.Name] = entity;
                    order.Add(entity.Name);
                }
            }

            Entities = order.Select(n => _byName[n]).ToArray();
        }

        /// <summary>
        /// A digest of every entry, so what was computed with one dictionary (a search index) can tell that it was
        /// written with another, e.g. before the user added an alias to their file.
        /// </summary>
        public string Fingerprint => _fingerprint ??= Text.Digest.Of(Entities.Select(Describe));

        private string? _fingerprint;

        private static string Describe(EntityDefinition entity)
        {
            var text = new System.Text.StringBuilder();
            text.Append(entity.Name).Append('\u0001').Append(entity.Type).Append('\u0001');
            foreach (var forms in new[] { entity.Aliases, entity.TitledOnly, entity.NotPrecededBy, entity.NotFollowedBy, entity.ContextAliases, entity.ContextEntities, entity.RelatedTo })
            {
                text.Append(string.Join("\u0002", forms)).Append('\u0001');
            }

            return text.ToString();
        }

        /// <summary>The dictionary that ships with the module.</summary>
        public static EntityDictionary Shipped => ShippedDictionary.Value;

        /// <summary>
        /// Where a user keeps entities of their own without passing -DictionaryPath: entities.json in an AiDocTools folder of
        /// the per-user configuration directory (%APPDATA% on Windows, $XDG_CONFIG_HOME or ~/.config elsewhere).
        /// </summary>
        public static string UserDictionaryPath
        {
            get
            {
                var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
                var root = !string.IsNullOrEmpty(xdg) && Path.DirectorySeparatorChar == '/'
                    ? xdg!
                    : Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
                return Path.Combine(root, "AiDocTools", "entities.json");
            }
        }

        public IReadOnlyList<EntityDefinition> Entities { get; }

        /// <summary>Reads a user dictionary file; <see cref="InvalidDataException"/> says what is wrong with it.</summary>
        public static EntityDictionary Load(string path)
        {
            EntityFile model;
            try
            {
                model = EmbeddedData.LoadFile<EntityFile>(path);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException(Message.Format(Messages.EntityDictionaryInvalid, path, ex.Message), ex);
            }

            return FromModel(model, path);
        }

        /// <summary>
        /// The shipped dictionary, then the user's default file if it exists, then <paramref name="extraPath"/> if given:
        /// later entries add to earlier ones.
        /// </summary>
        public static EntityDictionary ForUser(string? extraPath)
        {
            var dictionary = Shipped;
            if (File.Exists(UserDictionaryPath))
            {
                dictionary = dictionary.Merge(Load(UserDictionaryPath));
            }

            if (!string.IsNullOrEmpty(extraPath))
            {
                dictionary = dictionary.Merge(Load(extraPath!));
            }

            return dictionary;
        }

        public EntityDictionary Merge(EntityDictionary other) => new EntityDictionary(Entities.Concat(other.Entities));

        /// <summary>The entity with this canonical name (any case), or null.</summary>
        public EntityDefinition? Find(string canonicalName) =>
            _byName.TryGetValue(canonicalName.Trim(), out var entity) ? entity : null;

        /// <summary>
        /// The organisations behind an entity, and those behind them in turn (Llama 3 → Meta), by canonical name; empty for
        /// a name the dictionary does not know or that stands on its own.
        /// </summary>
        public IReadOnlyList<string> RelatedTo(string canonicalName)
        {
            var found = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { canonicalName.Trim() };
            var pending = new Queue<string>(new[] { canonicalName });
            while (pending.Count > 0)
            {
                foreach (var related in Find(pending.Dequeue())?.RelatedTo ?? Array.Empty<string>())
                {
                    if (seen.Add(related))
                    {
                        var name = Find(related)?.Name ?? related;
                        found.Add(name);
                        pending.Enqueue(name);
                    }
                }
            }

            return found;
        }

        /// <summary>
        /// A test of a canonical name that also passes the entities related to a passing one: a dossier on Meta takes what
        /// the articles say of Llama, Instagram and Meta's founder, which rarely repeat the company's name.
        /// </summary>
        public Func<string, bool> WithRelated(Func<string, bool> matches)
        {
            // Asked once per mention of every claim in the report: each name's verdict is worked out once.
            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            return name =>
            {
                if (!verdicts.TryGetValue(name, out var verdict))
                {
                    verdict = matches(name) || RelatedTo(name).Any(matches);
                    verdicts[name] = verdict;
                }

                return verdict;
            };
        }

        private static EntityDictionary FromModel(EntityFile model, string source)
        {
            var entities = new List<EntityDefinition>();
            foreach (var entry in model.Entities ?? new List<EntityEntry>())
            {
                if (string.IsNullOrWhiteSpace(entry.Name))
                {
                    throw new InvalidDataException(Message.Format(Messages.EntityDictionaryInvalid, source, "an entry has no name"));
                }

                entities.Add(new EntityDefinition(entry.Name!.Trim(), ParseType(entry, source), entry.Aliases, entry.TitledOnly, entry.NotPrecededBy, entry.NotFollowedBy,
                    entry.ContextAliases, entry.ContextEntities, entry.RelatedTo));
            }

            return new EntityDictionary(entities);
        }

        // The gold annotations and users write types as law_or_policy or LawOrPolicy; both are accepted.
        private static EntityType ParseType(EntityEntry entry, string source)
        {
            var written = (entry.Type ?? string.Empty).Replace("_", string.Empty).Replace("-", string.Empty).Replace(" ", string.Empty);
            if (Enum.TryParse<EntityType>(written, ignoreCase: true, out var type) && Enum.IsDefined(typeof(EntityType), type) && !written.All(char.IsDigit))
            {
                return type;
            }

            throw new InvalidDataException(Message.Format(Messages.EntityTypeUnknown, entry.Name, source, entry.Type,
                string.Join(", ", Enum.GetNames(typeof(EntityType)))));
        }

        private sealed class EntityFile
        {
            public List<EntityEntry>? Entities { get; set; }
        }

        private sealed class EntityEntry
        {
            public string? Name { get; set; }

            public string? Type { get; set; }

            public List<string>? Aliases { get; set; }

            public List<string>? TitledOnly { get; set; }

            public List<string>? NotPrecededBy { get; set; }

            public List<string>? NotFollowedBy { get; set; }

            public List<string>? ContextAliases { get; set; }

            public List<string>? ContextEntities { get; set; }

            public List<string>? RelatedTo { get; set; }
        }
    }
}
