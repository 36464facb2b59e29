using System.Linq;
using AiDocTools.Entities;

namespace AiDocTools.Claims
{
    /// <summary>
    /// What an article has said so far about who is speaking: the last attribution (for quotations that continue it)
    /// and the last names mentioned (for 彼, 同氏, 彼ら, he, they). Lives for one article.
    /// </summary>
    internal sealed class SpeakerContext
    {
        /// <summary>A quotation continues a speaker named at most this many paragraphs earlier.</summary>
        private const int ContinuationParagraphs = 2;

        private readonly Article _article;
        private readonly IEntityRecognizer? _entities;
        private (string Speaker, string? AsWritten, int Paragraph)? _last;
        private string? _lastNamed;
        private string? _lastPerson;

        // An article quotes the same people again and again (ザッカーバーグ氏は…, ザッカーバーグ氏によると…): each phrase as
        // written goes through the honorifics and the recognizer once per article, not once per sentence.
        private readonly System.Collections.Generic.Dictionary<string, string> _names = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);

        public SpeakerContext(Article article, IEntityRecognizer? entities)
        {
            _article = article;
            _entities = entities;
        }

        /// <summary>The speaker (canonical) and the speaker as written for one attribution, and remembers them.</summary>
        public (string? Speaker, string? AsWritten) Resolve(Attribution attribution, int paragraph)
        {
            string? speaker = null;
            string? asWritten = null;
            var recent = _last.HasValue && paragraph - _last.Value.Paragraph <= ContinuationParagraphs ? _last : null;
            switch (attribution.Source)
            {
                case SpeakerSource.Written when attribution.SpeakerAsWritten != null:
                    asWritten = attribution.SpeakerAsWritten;
                    speaker = Canonical(attribution.SpeakerName ?? asWritten);
                    break;
                case SpeakerSource.Implied when recent.HasValue:
                    speaker = recent.Value.Speaker;
                    break;
                case SpeakerSource.Continued when recent.HasValue:
                    speaker = recent.Value.Speaker;
                    asWritten = recent.Value.AsWritten;
                    break;
            }

            if (speaker != null)
            {
                _last = (speaker, asWritten ?? recent?.AsWritten, paragraph);
                if (attribution.Source == SpeakerSource.Written && asWritten != null && !SpeakerNames.IsPronoun(asWritten) && !SpeakerNames.IsFirstPersonSingular(asWritten))
                {
                    RememberName(attribution.SpeakerName ?? asWritten, speaker);
                }
            }

            if (attribution.Topic != null)
            {
                RememberName(attribution.Topic, Canonical(attribution.Topic));
            }

            return (speaker, asWritten);
        }

        /// <summary>The names the recognizer finds in a sentence, for pronouns later on.</summary>
        public void Mentions(System.Collections.Generic.IEnumerable<EntityMention> mentions)
        {
            foreach (var mention in mentions)
            {
                if (mention.Type == EntityType.Person)
                {
                    _lastPerson = mention.Name;
                    _lastNamed = mention.Name;
                }
                else if (mention.Type == EntityType.Organization)
                {
                    _lastNamed = mention.Name;
                }
            }
        }

        /// <summary>The person quoted last, else the person named last (canonical), or null before any.</summary>
        public string? LastPerson => _last.HasValue && SpeakerNames.LooksLikePerson(_last.Value.AsWritten ?? _last.Value.Speaker) ? _last.Value.Speaker : _lastPerson;

        /// <summary>A new section: quotations below a heading do not continue a speaker above it.</summary>
        public void NewSection() => _last = null;

        /// <summary>
        /// The canonical speaker for a phrase as written: pronouns point back to the last name, 私 to the article's author,
        /// names go through the recognizer when there is one, else lose their honorifics.
        /// </summary>
        public string Canonical(string asWritten)
        {
            if (SpeakerNames.IsPersonPronoun(asWritten))
            {
                return _lastPerson ?? _lastNamed ?? asWritten;
            }

            if (SpeakerNames.IsGroupPronoun(asWritten))
            {
                return _lastNamed ?? asWritten;
            }

            if (SpeakerNames.IsFirstPersonSingular(asWritten))
            {
                return _article.Author ?? _article.Original?.Author ?? asWritten;
            }

            if (!_names.TryGetValue(asWritten, out var name))
            {
                name = NameOf(asWritten);
                _names[asWritten] = name;
            }

            return name;
        }

        private string NameOf(string asWritten)
        {
            var bare = SpeakerNames.NameAfterDescription(asWritten) ?? SpeakerNames.WithoutHonorifics(asWritten);
            if (_entities != null)
            {
                var known = _entities.CanonicalName(asWritten) ?? _entities.CanonicalName(bare);
                if (known != null)
                {
                    return known;
                }

                // A description around a known name (OpenAIの共同創設者…): the longest person or organisation inside it.
                var inside = _entities.FindMentions(asWritten)
                    .Where(m => m.Known && (m.Type == EntityType.Person || m.Type == EntityType.Organization || m.Type == EntityType.Publication))
                    .OrderByDescending(m => m.Type == EntityType.Person)
                    .ThenByDescending(m => m.Length)
                    .FirstOrDefault();
                if (inside != null && inside.Length * 2 >= bare.Length)
                {
                    return inside.Name;
                }
            }

            return bare;
        }

        private void RememberName(string asWritten, string canonical)
        {
            _lastNamed = canonical;
            if (SpeakerNames.LooksLikePerson(asWritten) || SpeakerNames.LooksLikePerson(canonical))
            {
                _lastPerson = canonical;
            }
        }
    }
}
