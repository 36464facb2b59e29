using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>What the text says about itself: headline, people, dates of the article and of its source, site.</summary>
    internal sealed class DetectedMetadata
    {
        public string? Title { get; set; }

        public string? Author { get; set; }

        public string? Translator { get; set; }

        public OriginalWork? Original { get; set; }

        public PartialDate? Published { get; set; }
    }

    /// <summary>
    /// Finds the metadata lines of an article (headline, dateline, byline, translation notice, credits) and reads
    /// them. Metadata lines are marked so they are never taken for headings or boilerplate.
    /// </summary>
    internal sealed class MetadataDetector
    {
        // Compiled: these run on the lines of every article read, and are built once per cleaner.
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        // Headlines, datelines and bylines sit in the first lines of a page, or in its last few.
        private const int HeadLines = 12;
        private const int TailLines = 5;

        // A blogger greets and names themself once the post begins, after any embedded announcement.
        private const int SelfIntroductionLines = 25;

        // A headline is a line, not a paragraph.
        private const int MaxTitleLength = 150;

        private static readonly Regex Hiragana = new Regex(@"\p{IsHiragana}", RegexOptions.CultureInvariant, LineShape.RegexTimeout);
        private static readonly Regex SourceAuthorLabel = new Regex(@"^\s*(by|著者|筆者|author)\s*[:]?\s*", Options, LineShape.RegexTimeout);
        private static readonly Regex SelfIntroductionEnglish = new Regex(
            @"^(?:hi|hello|hey)\b[^.!?]{0,20}?\b(?:i'm|i am|my name is)\s+(?<name>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private readonly ArticleMetadataCues _cues;
        private readonly DatelineParser _dates;
        private readonly Regex _byline;
        private readonly Regex _bylineWithRole;
        private readonly Regex _bylineTrailing;
        private readonly Regex _translator;
        private readonly Regex _translatorInline;
        private readonly Regex _greeting;
        private readonly Regex _notice;
        private readonly Regex _noticeQuoted;
        private readonly Regex _originalLabel;

        public MetadataDetector(ArticleMetadataCues cues)
        {
            _cues = cues;
            _dates = new DatelineParser(cues);
            var names = @"(?<name>[^。!?:|]{1,40}?)";
            _byline = new Regex(@"^(?:" + ArticleMetadataCues.Alternation(cues.BylinePrefixes) + @")(?:\s*[:/・|]\s*|\s+)" + names + @"\s*(?:[|/,、]|$)", Options, LineShape.RegexTimeout);
            _bylineWithRole = new Regex(@"^[\[(【]?\s*[^\s,、\[\]]{0,12}?(?:" + ArticleMetadataCues.Alternation(cues.BylineRoles) + @")\s+(?<name>[^,、|\]\)】。]{1,30}?)\s*(?:[,、|\]\)】]|$)", Options, LineShape.RegexTimeout);
            _bylineTrailing = new Regex(@"(?:^|\s)by\s+(?<name>[^,、|。]{1,40}?)\s*$", Options, LineShape.RegexTimeout);
            _translator = new Regex(@"^(?:" + ArticleMetadataCues.Alternation(cues.TranslatorPrefixes) + @")(?:\s*[:/・|]\s*|\s+)" + names + @"\s*(?:[|/,、]|$)", Options, LineShape.RegexTimeout);
            _translatorInline = new Regex(@"[(\[]\s*(?:" + ArticleMetadataCues.Alternation(cues.TranslatorPrefixes) + @")\s*[:/・]\s*(?<name>[^()\[\]。]{1,40}?)\s*[)\]]", Options, LineShape.RegexTimeout);
            _greeting = new Regex(
                @"^(?:" + ArticleMetadataCues.Alternation(cues.Greetings) + @")[、,!。\s]*(?:[^、。!?]{0,20}の)?(?<name>[^、。,!?の\s]{1,20}?)\s*(?:" + ArticleMetadataCues.Alternation(cues.SelfIntroductions) + @")(?:[。!、\s]|$)",
                Options, LineShape.RegexTimeout);
            var words = ArticleMetadataCues.Alternation(cues.TranslationWords);
            _notice = new Regex(
                @"^(?:" + ArticleMetadataCues.Alternation(cues.TranslationSubjects) + @")は[、,]?\s*(?<title>.+?)\s*(?:\((?<source>[^()]*)\))?\s*(?:を|の)(?:" + words + @")",
                Options, LineShape.RegexTimeout);
            _noticeQuoted = new Regex(@"[「『""“](?<title>[^」』""”]{2,150})[」』""”]\s*(?:\((?<source>[^()]*)\))?\s*(?:を|の)(?:" + words + @")", Options, LineShape.RegexTimeout);
            _originalLabel = new Regex(@"^(?:" + ArticleMetadataCues.Alternation(cues.OriginalLabels) + @")\s*[:]\s*(?<title>.{2,150})$", Options, LineShape.RegexTimeout);
        }

        public DatelineParser Dates => _dates;

        public DetectedMetadata Detect(IReadOnlyList<ArticleLine> lines, RawDocument raw)
        {
            var found = new DetectedMetadata();
            var nonBlank = lines.Where(l => !l.IsBlank).ToList();
            var edges = nonBlank.Take(HeadLines).Concat(nonBlank.Skip(Math.Max(HeadLines, nonBlank.Count - TailLines))).ToList();

            foreach (var line in edges.Where(l => !l.IsBoilerplate))
            {
                if (found.Original == null && TryReadNotice(line, out var original))
                {
                    found.Original = original;
                    line.Role = LineRole.Metadata;
                }
            }

            // Credits may sit anywhere, in the chrome too; a credit line outside the chrome is metadata.
            foreach (var line in nonBlank)
            {
                var translator = ReadTranslator(line);
                if (translator != null)
                {
                    found.Translator ??= translator;
                    if (!line.IsBoilerplate && LineShape.Length(line) <= 60)
                    {
                        line.Role = LineRole.Metadata;
                    }
                }
            }

            foreach (var line in edges.Where(l => !l.IsBoilerplate && l.Role != LineRole.Metadata))
            {
                var author = ReadByline(line);
                if (author != null)
                {
                    found.Author ??= author;
                    line.Role = LineRole.Metadata;
                }
            }

            found.Author ??= nonBlank.Where(l => l.IsContent).Take(SelfIntroductionLines).Select(ReadSelfIntroduction).FirstOrDefault(n => n != null);

            ReadDateline(edges, found);
            ReadTitle(nonBlank, raw, found);

            found.Author ??= found.Original?.Author;
            found.Title ??= found.Original?.Title;
            return found;
        }

        /// <summary>Marks the headline (and its repeats and parenthesised rendering) as metadata and returns it.</summary>
        private void ReadTitle(IReadOnlyList<ArticleLine> nonBlank, RawDocument raw, DetectedMetadata found)
        {
            ArticleLine? headline = null;
            if (raw.Title != null)
            {
                found.Title = raw.Title;
                var declared = LineShape.Normalize(raw.Title);
                headline = nonBlank.Take(HeadLines).FirstOrDefault(l => l.Norm == declared);
            }
            else
            {
                foreach (var line in nonBlank.Take(HeadLines))
                {
                    if (line.IsBoilerplate || line.Role == LineRole.Metadata || LineShape.IsMarker(line))
                    {
                        continue;
                    }

                    if (IsHeadlineShaped(line))
                    {
                        headline = line;
                        found.Title = line.Text.Trim();
                    }

                    // The first line of running text ends the search: a page without a headline starts with its text.
                    break;
                }
            }

            if (headline == null)
            {
                return;
            }

            headline.Role = LineRole.Metadata;
            foreach (var repeat in nonBlank.Take(HeadLines).Where(l => l.Norm == headline.Norm && !l.IsBoilerplate))
            {
                repeat.Role = LineRole.Metadata;
            }

            // The headline rendered in another language, in parentheses on the next line.
            var next = nonBlank.SkipWhile(l => l != headline).Skip(1).FirstOrDefault(l => l.Norm != headline.Norm);
            if (next != null && !next.IsBoilerplate && LineShape.IsParenthesised(next) && LineShape.Length(next) <= MaxTitleLength)
            {
                next.Role = LineRole.Metadata;
            }
        }

        private static bool IsHeadlineShaped(ArticleLine line)
        {
            var length = LineShape.Length(line);
            return length >= 2 && length <= MaxTitleLength && line.Norm.IndexOf('。') < 0
                && !line.Norm.EndsWith(":", StringComparison.Ordinal) && !LineShape.HasUrl(line) && !LineShape.IsParenthesised(line)
                && (line.Kind == BlockKind.Heading || line.Kind == BlockKind.Line || line.Kind == BlockKind.Paragraph);
        }

        private void ReadDateline(IEnumerable<ArticleLine> edges, DetectedMetadata found)
        {
            PartialDate? updated = null;
            foreach (var line in edges.Where(l => !l.IsBoilerplate))
            {
                if (line.Role == LineRole.Metadata && found.Original != null && IsNoticeLine(line))
                {
                    continue;
                }

                if (!_dates.TryParseDateline(line.Norm, out var date, out var isUpdate))
                {
                    continue;
                }

                line.Role = LineRole.Metadata;
                if (isUpdate)
                {
                    updated ??= date;
                }
                else if (found.Published == null)
                {
                    found.Published = date;
                }
            }

            found.Published ??= updated;
            if (found.Published == null)
            {
                foreach (var line in edges.Where(l => !l.IsBoilerplate && l.Role != LineRole.Metadata))
                {
                    if (_dates.TryParseReleaseLead(line.Norm, out var lead))
                    {
                        found.Published = lead;
                        break;
                    }
                }
            }
        }

        private bool IsNoticeLine(ArticleLine line) => SafeRegex.IsMatch(_notice, line.Norm) || SafeRegex.IsMatch(_noticeQuoted, line.Norm);

        /// <summary>本ブログは Title (By Author | 2023年6月2日) の参考訳です; 「Title」の翻訳; 原題: Title.</summary>
        private bool TryReadNotice(ArticleLine line, out OriginalWork original)
        {
            original = null!;
            var match = SafeRegex.Match(_notice, line.Norm);
            if (!match.Success)
            {
                match = SafeRegex.Match(_noticeQuoted, line.Norm);
            }

            if (!match.Success)
            {
                match = SafeRegex.Match(_originalLabel, line.Norm);
                if (!match.Success || LineShape.HasUrl(line))
                {
                    return false;
                }
            }

            var title = match.Groups["title"].Value.Trim().Trim('「', '」', '『', '』', '"', '“', '”');
            original = new OriginalWork { Title = title.Length > 0 ? title : null };
            if (match.Groups["source"].Success)
            {
                ReadSource(match.Groups["source"].Value, original);
            }

            return original.Title != null || original.Author != null;
        }

        // The parenthesis after the original title: By Author | date, or Author, date.
        private void ReadSource(string source, OriginalWork original)
        {
            if (_dates.TryFindDate(source, out var date, out var index, out var length))
            {
                original.Published = date;
                source = source.Remove(index, length);
            }

            foreach (var part in source.Split('|', ',', '、', ';', '/'))
            {
                var name = SafeRegex.Replace(SourceAuthorLabel, part, string.Empty).Trim();
                if (name.Length >= 2 && name.Length <= 40 && name.Any(char.IsLetter) && !SafeRegex.IsMatch(Hiragana, name))
                {
                    original.Author = name;
                    return;
                }
            }
        }

        private string? ReadTranslator(ArticleLine line)
        {
            var match = SafeRegex.Match(_translator, line.Norm);
            if (!match.Success)
            {
                match = SafeRegex.Match(_translatorInline, line.Norm);
            }

            return match.Success ? CleanName(match.Groups["name"].Value) : null;
        }

        private string? ReadByline(ArticleLine line)
        {
            if (LineShape.Length(line) > 80 || line.Norm.IndexOf('。') >= 0)
            {
                return null;
            }

            var match = SafeRegex.Match(_byline, line.Norm);
            if (!match.Success)
            {
                match = SafeRegex.Match(_bylineWithRole, line.Norm);
            }

            // Posted on March 3, 2024 by Alex Chen: the byline shares the dateline.
            if (!match.Success && _dates.TryFindDate(line.Norm, out _, out _, out _))
            {
                match = SafeRegex.Match(_bylineTrailing, line.Norm);
            }

            return match.Success ? CleanName(StripDate(match.Groups["name"].Value)) : null;
        }

        private string? ReadSelfIntroduction(ArticleLine line)
        {
            var match = SafeRegex.Match(_greeting, line.Norm);
            if (!match.Success)
            {
                match = SafeRegex.Match(SelfIntroductionEnglish, line.Norm);
            }

            return match.Success ? CleanName(match.Groups["name"].Value) : null;
        }

        private string StripDate(string text) =>
            _dates.TryFindDate(text, out _, out var index, out var length) ? text.Remove(index, length) : text;

        // A name is letters, not a phrase: kanji, katakana or Latin, without the particles a sentence would have.
        private static string? CleanName(string text)
        {
            var name = text.Trim().Trim('、', ',', ':', '|', '/', '・', ' ');
            if (name.Length < 2 || name.Length > 40 || !name.Any(char.IsLetter) || SafeRegex.IsMatch(Hiragana, name))
            {
                return null;
            }

            // A Latin name is capitalised words (Jane Doe, IRVING WLADAWSKY-BERGER); "the way" is not one.
            if (name.All(c => c < 128) && name.Split(' ').Any(w => w.Length > 0 && !char.IsUpper(w[0])))
            {
                return null;
            }

            return name;
        }
    }
}
