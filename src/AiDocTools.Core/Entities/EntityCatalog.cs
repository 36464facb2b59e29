using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Entities.Discovery;

namespace AiDocTools.Entities
{
    /// <summary>Gathers the mentions of many articles into one <see cref="Entity"/> per canonical name.</summary>
    public sealed class EntityCatalog
    {
        private readonly IEntityRecognizer _recognizer;
        private readonly Dictionary<string, Accumulator> _entities = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        private readonly List<string> _order = new List<string>();

        // Kept so an entity can lead back to the files that name it (Get-AiEntity | Get-AiClaim reads them again).
        private readonly Dictionary<string, string> _paths = new Dictionary<string, string>(StringComparer.Ordinal);

        public EntityCatalog(IEntityRecognizer recognizer)
        {
            _recognizer = recognizer;
        }

        public void Add(Article article)
        {
            if (article.Path != null)
            {
                _paths[article.Id] = article.Path;
            }

            var mentions = _recognizer.FindMentions(article.Body);
            foreach (var mention in mentions)
            {
                if (!IsSectionHeading(article, mention))
                {
                    Record(article.Id, "Body", mention);
                }
            }

            AddSpeakerLabels(article, mentions);
            AddTitle(article);

            // A byline names a person even when the cleaned body no longer holds the line it came from.
            AddField(article, "Author", article.Author);
            AddField(article, "Translator", article.Translator);
        }

        /// <summary>The entities seen so far, most mentioned first.</summary>
        public IReadOnlyList<Entity> Entities =>
            _order.Select(k => _entities[k])
                .OrderByDescending(a => a.Occurrences.Count)
                .ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .Select(a => new Entity(a.Name, a.Type, a.Known, a.Aliases.ToArray(), a.Articles.ToArray(), a.Occurrences.ToArray(), PathsOf(a.Articles)))
                .ToArray();

        private string[] PathsOf(IEnumerable<string> articleIds) =>
            articleIds.Where(_paths.ContainsKey).Select(id => _paths[id]).ToArray();

        // Interviews and scripted dialogues name their speakers on label lines (AIメンター拓海, then what they say):
        // each is a person or persona even when no honorific or title marks the name.
        private void AddSpeakerLabels(Article article, IReadOnlyList<EntityMention> mentions)
        {
            Articles.DialogueTurns.Find(article.Paragraphs, out var labels);
            var start = 0;
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = article.Paragraphs[p];
                if (labels.Contains(p))
                {
                    var label = paragraph.Trim();
                    var at = start + paragraph.IndexOf(label, StringComparison.Ordinal);
                    // A known person on the line (サム・アルトマン) is already counted; a name discovered in part of the
                    // label (ロボ先生 in ロボ先生ハル) is not the whole persona.
                    var named = mentions.Any(m => m.Type == EntityType.Person && m.Start >= at && m.Start + m.Length <= at + label.Length
                        && (m.Known || m.Length == label.Length));
                    if (!named && !DiscoveryWords.IsRoleLabel(label))
                    {
                        var canonical = _recognizer.CanonicalName(label);
                        Record(article.Id, "Body", new EntityMention(canonical ?? label, EntityType.Person, label, at, label.Length, canonical != null));
                    }
                }

                start += paragraph.Length + Article.ParagraphSeparator.Length;
            }
        }

        // A page's <title> or a front-matter title may stand outside the cleaned body: the names in it (or the title itself,
        // when it is a paper's "Title: Subtitle") are mentions too. A headline the body repeats was counted with the body.
        // The body may open with the title's bracketed Japanese rendering, which only names the paper beside its title, so
        // the title is read together with the first paragraph, and of that paragraph only the rendering is taken.
        private void AddTitle(Article article)
        {
            var title = article.Title;
            if (string.IsNullOrWhiteSpace(title) || article.Body.IndexOf(title!.Trim(), StringComparison.Ordinal) >= 0)
            {
                return;
            }

            var first = article.Paragraphs.Count > 0 && article.Body.StartsWith(article.Paragraphs[0], StringComparison.Ordinal) ? article.Paragraphs[0] : string.Empty;
            var paragraphStart = title.Length + Article.ParagraphSeparator.Length;
            var mentions = _recognizer.FindMentions(first.Length > 0 ? title + Article.ParagraphSeparator + first : title);
            var inTitle = mentions.Where(m => m.Start + m.Length <= title.Length).ToList();
            foreach (var mention in inTitle)
            {
                Record(article.Id, "Title", mention);
            }

            foreach (var mention in mentions.Where(m => m.Start >= paragraphStart && !m.Known && inTitle.Any(t => t.Name == m.Name)))
            {
                Record(article.Id, "Body", new EntityMention(mention.Name, mention.Type, mention.AsWritten, mention.Start - paragraphStart, mention.Length, known: false));
            }
        }

        // English articles head their sections in title case, often with a colon (The Bottom Line: Open Models Are Here to
        // Stay): shaped like a paper's title, but a whole section heading names the section, not a titled work, and so does
        // its end after a capitalised opener (How This Fits With Other Rulings). Press releases and newsletters label their
        // parts with bold or plain lines (Key Takeaways, What Comes Next): a product-shaped run that is such a whole line is
        // the label; a person-shaped one only on a heading or bold line, since a contact block prints a person alone on a
        // plain line. A title alone on a plain line may cite a paper and stays; so do the organisations named by a cue.
        private static bool IsSectionHeading(Article article, EntityMention mention)
        {
            if (mention.Known || mention.Type == EntityType.Organization)
            {
                return false;
            }

            var written = mention.AsWritten.Trim();
            var onHeading = article.Headings.Any(h => EndsAfterCapitals(h.Trim().TrimStart('#', ' '), written, mention.Type != EntityType.Person));
            if (onHeading || mention.Type == EntityType.Publication)
            {
                return onHeading;
            }

            var start = mention.Start;
            var end = mention.Start + mention.Length;
            var body = article.Body;
            if (start < 0 || end > body.Length || start >= end)
            {
                return false;
            }

            var lineStart = start == 0 ? 0 : body.LastIndexOf('\n', start - 1) + 1;
            var lineEnd = body.IndexOf('\n', end);
            var line = body.Substring(lineStart, (lineEnd < 0 ? body.Length : lineEnd) - lineStart).Trim();
            var bold = line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal);
            return (mention.Type != EntityType.Person || bold) && EndsAfterCapitals(line.Trim('*', '_', ' ', ':'), written, emptyOpener: true);
        }

        // The line is the name, after an opener of capitalised words (What, How This) when there is one.
        private static bool EndsAfterCapitals(string line, string written, bool emptyOpener)
        {
            if (!line.EndsWith(written, StringComparison.Ordinal))
            {
                return false;
            }

            var opener = line.Substring(0, line.Length - written.Length).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return (emptyOpener || opener.Length > 0) && opener.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
        }

        private void AddField(Article article, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value) || value!.Length > 80)
            {
                return;
            }

            if (_entities.Values.Any(a => a.Occurrences.Any(o => o.ArticleId == article.Id) && a.Aliases.Any(s => string.Equals(NameText.Key(s), NameText.Key(value), StringComparison.Ordinal))))
            {
                return;
            }

            var mentions = _recognizer.FindMentions(value).Where(m => m.Type == EntityType.Person).ToList();
            if (mentions.Count > 0)
            {
                foreach (var mention in mentions)
                {
                    Record(article.Id, field, mention);
                }

                return;
            }

            var name = value.Trim();
            var start = value.IndexOf(name, StringComparison.Ordinal);
            var canonical = _recognizer.CanonicalName(name);
            Record(article.Id, field, new EntityMention(canonical ?? name, EntityType.Person, name, start, name.Length, canonical != null));
        }

        private void Record(string articleId, string field, EntityMention mention)
        {
            var key = mention.Known ? "known:" + mention.Name : "guess:" + NameText.Key(mention.Name);
            if (!_entities.TryGetValue(key, out var entity))
            {
                entity = new Accumulator(mention.Name, mention.Type, mention.Known);
                _entities[key] = entity;
                _order.Add(key);
            }

            if (!entity.Aliases.Contains(mention.AsWritten))
            {
                entity.Aliases.Add(mention.AsWritten);
            }

            if (!entity.Articles.Contains(articleId))
            {
                entity.Articles.Add(articleId);
            }

            entity.Occurrences.Add(new EntityOccurrence(articleId, field, mention.AsWritten, mention.Start, mention.Length));
        }

        private sealed class Accumulator
        {
            public Accumulator(string name, EntityType type, bool known)
            {
                Name = name;
                Type = type;
                Known = known;
            }

            public string Name { get; }

            public EntityType Type { get; }

            public bool Known { get; }

            public List<string> Aliases { get; } = new List<string>();

            public List<string> Articles { get; } = new List<string>();

            public List<EntityOccurrence> Occurrences { get; } = new List<EntityOccurrence>();
        }
    }
}
