using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
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

        // Headlines, datelines and bylines sit in the first lines of a page, or in its last few: a wire story's credit
        // line can have a standards note, a related-articles list and the copyright under it.
        private const int HeadLines = 12;
        private const int TailLines = 8;

        // A blogger greets and names themself once the post begins, after any embedded announcement.
        private const int SelfIntroductionLines = 25;

        // A headline is a line, not a paragraph.
        private const int MaxTitleLength = 150;

        // Above a headline a page may print a section name, the site's or the company's name; a headline is longer.
        private const int MaxLabelLength = 12;

        // A site's name after a page title's separator is short; a longer last part belongs to the headline.
        private const int MaxSiteNameLength = 20;

        // A date stamp line, time and category included, is short.
        private const int MaxDatedLabelLength = 40;

        // Headline, a label above it, a subtitle under it: more headline-shaped lines than that before the text are a list.
        private const int MaxHeadlineCandidates = 3;

        // Between a page title's headline and the site's name: a bar (full width too), or a dash, colon or dot set off by spaces.
        private static readonly Regex TitleSeparator = new Regex(@"\s+[|\-–—:·•»/]\s+|\s*[|｜]\s*", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private static readonly char[] BreadcrumbMarks = { '>', '›', '»' };

        private static readonly Regex Hiragana = new Regex(@"\p{IsHiragana}", RegexOptions.CultureInvariant, LineShape.RegexTimeout);
        private static readonly Regex SourceAuthorLabel = new Regex(@"^\s*(by|著者|筆者|author)\s*[:]?\s*", Options, LineShape.RegexTimeout);

        // A wire story's lead names its reporter in its first paragraph or two (【ワシントン＝X】).
        private const int LeadParagraphs = 3;

        // The writer's name sits right under the headline, before the text: a line or two, after the dateline perhaps.
        private const int UnderTitleLines = 3;

        // A credit line is a line, not a paragraph; a wire story's closing credit (Reporting by …; Editing by …) is a long one.
        private const int MaxCreditLength = 200;

        private readonly ArticleMetadataCues _cues;
        private readonly DatelineParser _dates;
        private readonly BylineReader _bylines;
        private readonly Regex _notice;
        private readonly Regex _noticeQuoted;
        private readonly Regex _originalLabel;

        // What a line must start with or hold for the notice or the label of the original to match it (most lines of a
        // page are neither, and are turned away without a call into the pattern); null when not known.
        private readonly PatternLineScreen? _noticeScreen;
        private readonly PatternLineScreen? _originalLabelScreen;

        /// <param name="cues">The cue words of datelines, notices and labels.</param>
        /// <param name="dates">The date grammar.</param>
        /// <param name="packs">The packs the bylines are read by (ja/bylines, en/bylines).</param>
        public MetadataDetector(ArticleMetadataCues cues, Time.TemporalRecognizer dates, Rules.LanguagePacks packs)
        {
            _cues = cues;
            _dates = new DatelineParser(cues, dates);
            _bylines = new BylineReader(_dates, new[] { packs.Get("ja", BylineReader.Capability), packs.Get("en", BylineReader.Capability) });
            var words = ArticleMetadataCues.Alternation(cues.TranslationWords);
            _notice = new Regex(
                @"^(?:" + ArticleMetadataCues.Alternation(cues.TranslationSubjects) + @")は[、,]?\s*(?<title>.+?)\s*(?:\((?<source>[^()]*)\))?\s*(?:を|の)(?:" + words + @")",
                Options, LineShape.RegexTimeout);
            _noticeQuoted = new Regex(@"[「『""“](?<title>[^」』""”]{2,150})[」』""”]\s*(?:\((?<source>[^()]*)\))?\s*(?:を|の)(?:" + words + @")", Options, LineShape.RegexTimeout);
            _originalLabel = new Regex(@"^(?:" + ArticleMetadataCues.Alternation(cues.OriginalLabels) + @")\s*[:]\s*(?<title>.{2,150})$", Options, LineShape.RegexTimeout);
            _noticeScreen = PatternLineScreen.Of(new[] { _notice });
            _originalLabelScreen = PatternLineScreen.Of(new[] { _originalLabel });
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
                var translator = TranslatorCredited(line);
                if (translator != null)
                {
                    found.Translator ??= translator;
                    if (!line.IsBoilerplate && LineShape.Length(line) <= 60)
                    {
                        line.Role = LineRole.Metadata;
                    }
                }
            }

            foreach (var line in edges.Where(l => !l.IsBoilerplate && l.Role != LineRole.Metadata && LineShape.Length(l) <= MaxCreditLength))
            {
                var credit = Credits(line, BylineScope.Edges).FirstOrDefault();
                if (credit != null)
                {
                    found.Author ??= credit.Author;
                    found.Translator ??= credit.Translator;
                    line.Role = LineRole.Metadata;
                }
            }

            var content = nonBlank.Where(l => l.IsContent).ToList();
            found.Author ??= content.Take(LeadParagraphs).Where(l => edges.Contains(l)).Select(l => _bylines.Read(l.Norm, BylineScope.Lead)?.Author).FirstOrDefault(n => n != null);
            found.Author ??= content.Take(SelfIntroductionLines).Select(l => _bylines.Read(l.Norm, BylineScope.Opening)?.Author).FirstOrDefault(n => n != null);

            ReadDateline(edges, found);
            var headline = ReadTitle(nonBlank, raw, found);
            if (found.Author == null && headline != null)
            {
                ReadNameUnderTitle(nonBlank, headline, found);
            }

            found.Author ??= found.Original?.Author;
            found.Title ??= found.Original?.Title;
            return found;
        }

        /// <summary>Marks the headline (and its repeats and parenthesised rendering) as metadata and returns its line.</summary>
        private ArticleLine? ReadTitle(IReadOnlyList<ArticleLine> nonBlank, RawDocument raw, DetectedMetadata found)
        {
            ArticleLine? headline = null;
            if (raw.Title != null)
            {
                found.Title = raw.Format == ArticleFormat.Html ? WithoutSiteName(raw.Title.Trim(), raw.Site, nonBlank.Take(HeadLines).ToList()) : raw.Title;
                var declared = LineShape.Normalize(found.Title);
                headline = nonBlank.Take(HeadLines).FirstOrDefault(l => l.Norm == declared);
            }
            else
            {
                headline = ChooseHeadline(nonBlank);
                found.Title = headline?.Text.Trim();
            }

            if (headline == null)
            {
                return null;
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

            return headline;
        }

        /// <summary>
        /// The credits of each line of a block: a Markdown paragraph keeps the byline and the date stamp under it as two
        /// lines of one block, and the byline is read from its own line.
        /// </summary>
        private IEnumerable<Credit> Credits(ArticleLine line, BylineScope scope)
        {
            foreach (var part in LinesOf(line))
            {
                var credit = _bylines.Read(part, scope);
                if (credit != null)
                {
                    yield return credit;
                }
            }
        }

        // The first translator the credits of a line name; a line of one line (nearly all) is read without the walk over its lines.
        private string? TranslatorCredited(ArticleLine line) =>
            line.Text.IndexOf('\n') < 0
                ? _bylines.Read(line.Norm, BylineScope.Anywhere)?.Translator
                : Credits(line, BylineScope.Anywhere).Select(c => c.Translator).FirstOrDefault(t => t != null);

        private static IEnumerable<string> LinesOf(ArticleLine line) =>
            line.Text.IndexOf('\n') < 0 ? new[] { line.Norm } : line.Text.Split('\n').Select(LineShape.Normalize).Where(p => p.Length > 0);

        /// <summary>A name line right under the headline (past the dateline), before the text starts.</summary>
        private void ReadNameUnderTitle(IReadOnlyList<ArticleLine> nonBlank, ArticleLine headline, DetectedMetadata found)
        {
            // Each line of a block on its own: a Markdown paragraph holds the name and the date stamp under it.
            var under = nonBlank.SkipWhile(l => l != headline).Skip(1).Where(l => !l.IsBoilerplate).Take(UnderTitleLines + 1)
                .SelectMany(l => LinesOf(l).Select(norm => (Line: l, Norm: norm)))
                .ToList();
            for (var i = 0; i < under.Count; i++)
            {
                // A dateline already read is passed over; a block holding the dateline and the name is read line by line.
                var (line, norm) = under[i];
                if (line.Role == LineRole.Metadata && norm == line.Norm)
                {
                    continue;
                }

                if (LineShape.IsProse(line))
                {
                    return;
                }

                var author = _bylines.Read(norm, BylineScope.UnderTitle, i + 1 < under.Count ? under[i + 1].Norm : null)?.Author;
                if (author != null)
                {
                    found.Author = author;
                    line.Role = LineRole.Metadata;
                    return;
                }
            }
        }

        /// <summary>
        /// A web page's title without the site's name it carries (見出し | サイト名, Headline - Site): the part the page
        /// prints as its headline, else the title without the part that is the site's name, else without a short last
        /// part. Readability drops the site from English titles by counting words, which a Japanese title has none of.
        /// </summary>
        internal static string WithoutSiteName(string title, string? site, IReadOnlyList<ArticleLine> head)
        {
            List<Match> separators;
            try
            {
                separators = TitleSeparator.Matches(title).Cast<Match>().ToList();
            }
            catch (RegexMatchTimeoutException)
            {
                return title;
            }

            if (separators.Count == 0 || head.Any(l => l.Norm == LineShape.Normalize(title)))
            {
                return title;
            }

            var parts = new List<string>();
            var from = 0;
            foreach (var separator in separators)
            {
                parts.Add(title.Substring(from, separator.Index - from).Trim());
                from = separator.Index + separator.Length;
            }

            parts.Add(title.Substring(from).Trim());
            var shown = parts.FirstOrDefault(p => p.Length > 0 && head.Any(l => l.Norm == LineShape.Normalize(p)));
            if (shown != null)
            {
                return shown;
            }

            var first = separators[0];
            var last = separators[separators.Count - 1];
            var before = title.Substring(0, last.Index).Trim();
            var after = title.Substring(last.Index + last.Length).Trim();
            if (site != null && SameName(after, site))
            {
                return before;
            }

            if (site != null && SameName(title.Substring(0, first.Index), site))
            {
                return title.Substring(first.Index + first.Length).Trim();
            }

            return after.Length > 0 && after.Length <= MaxSiteNameLength && before.Length >= 2 * after.Length ? before : title;
        }

        private static bool SameName(string a, string b) =>
            string.Equals(LineShape.Normalize(a), LineShape.Normalize(b), StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The headline among the first lines: the first headline-shaped line before the text starts, except that a
        /// Markdown heading there wins over a plain line, and a label above the headline (a section, the site's name,
        /// a press release's stamp) gives way to the headline under it.
        /// </summary>
        private ArticleLine? ChooseHeadline(IReadOnlyList<ArticleLine> nonBlank)
        {
            var head = nonBlank.Take(HeadLines).ToList();
            var candidates = new List<ArticleLine>();
            foreach (var line in head)
            {
                if (line.IsBoilerplate || line.Role == LineRole.Metadata || LineShape.IsMarker(line) || IsDatedLabel(line))
                {
                    continue;
                }

                // The first line of running text ends the search: a page without a headline starts with its text.
                if (!IsHeadlineShaped(line) || candidates.Count == MaxHeadlineCandidates)
                {
                    break;
                }

                candidates.Add(line);
            }

            if (candidates.Count == 0)
            {
                return null;
            }

            var heading = candidates.FirstOrDefault(l => l.Kind == BlockKind.Heading);
            if (heading != null)
            {
                return heading;
            }

            return candidates.FirstOrDefault(l => !IsLabel(l)) ?? candidates[0];
        }

        // What pages print above the headline: a section or the site's name (short), a section and the site side by
        // side (Opinion | The Daily Example), a breadcrumb trail (News > Events), a press release's stamp in capitals
        // (FOR IMMEDIATE RELEASE).
        private static bool IsLabel(ArticleLine line) =>
            LineShape.Length(line) <= MaxLabelLength
            || line.Norm.IndexOf(" | ", StringComparison.Ordinal) >= 0 || line.Norm.IndexOfAny(BreadcrumbMarks) >= 0
            || (line.Norm.Any(char.IsLetter) && line.Norm.All(c => !char.IsLetter(c) || (c < 128 && char.IsUpper(c))));

        // A date stamp with a category or a time after it (2026年02月10日 21時00分 AI) that the dateline parser did not
        // take is no headline; a headline that mentions a date is longer.
        private bool IsDatedLabel(ArticleLine line) =>
            LineShape.Length(line) <= MaxDatedLabelLength && _dates.TryFindDate(line.Norm, out _, out var index, out var length)
            && LineShape.Length(line) - length <= MaxLabelLength;

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
                else if (found.Published == null || Refines(date, found.Published))
                {
                    found.Published = date;
                }
            }

            found.Published ??= updated;

            // A press release stamps its date in the block above the headline (プレスリリース / 2026年10月1日 / 株式会社…),
            // which the cleaner drops with the release label; the date is still the document's.
            if (found.Published == null)
            {
                foreach (var line in edges.Take(HeadLines).Where(l => l.IsBoilerplate))
                {
                    if (_dates.TryParseDateline(line.Norm, out var stamped, out var isUpdate) && !isUpdate)
                    {
                        found.Published = stamped;
                        break;
                    }
                }
            }

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

        // A newsletter's issue line (2026年8月号) comes above the day it went out (2026年8月20日): the day, inside the
        // issue's month, is the more precise statement of the same date.
        private static bool Refines(PartialDate date, PartialDate published)
        {
            var day = date.ToString();
            var month = published.ToString();
            return day.Length > month.Length && day.StartsWith(month + "-", StringComparison.Ordinal);
        }

        private bool IsNoticeLine(ArticleLine line) =>
            (MayMatch(_noticeScreen, line.Norm) && SafeRegex.IsMatch(_notice, line.Norm)) || SafeRegex.IsMatch(_noticeQuoted, line.Norm);

        private static bool MayMatch(PatternLineScreen? screen, string text) => screen == null || screen.MayMatch(text);

        /// <summary>本ブログは Title (By Author | 2023年6月2日) の参考訳です; 「Title」の翻訳; 原題: Title.</summary>
        private bool TryReadNotice(ArticleLine line, out OriginalWork original)
        {
            original = null!;
            var match = MayMatch(_noticeScreen, line.Norm) ? SafeRegex.Match(_notice, line.Norm) : Match.Empty;
            if (!match.Success)
            {
                match = SafeRegex.Match(_noticeQuoted, line.Norm);
            }

            if (!match.Success)
            {
                match = MayMatch(_originalLabelScreen, line.Norm) ? SafeRegex.Match(_originalLabel, line.Norm) : Match.Empty;
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
                original.PublishedValue = date;
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
    }
}
