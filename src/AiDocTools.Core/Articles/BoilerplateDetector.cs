using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Finds the page chrome around an article by general rules: interface lines (buttons, counters, breadcrumbs,
    /// staff tags, copyright), link lists under their headers (related, ranking, prev/next, tags), promotional
    /// blocks ending in a call to act, author boxes, and short lines caught between such blocks.
    /// Runs in two passes so the second can respect the headline the metadata detector finds in between.
    /// </summary>
    internal sealed class BoilerplateDetector
    {
        // A menu entry is a word or two.
        private const int MaxMenuLabel = 10;

        // A link-list header is a label, not a sentence.
        private const int MaxHeaderLength = 25;

        // Promotional blocks are a screenful: a walk from a button stops after this many lines.
        private const int MaxPromoWalk = 15;

        // Short lines caught between two boilerplate blocks are chrome only when the gap is small.
        private const int MaxSandwich = 8;

        private static readonly Regex BreadcrumbSeparator = new Regex(@"\s*[>›»＞]\s*", RegexOptions.CultureInvariant, LineShape.RegexTimeout);
        private static readonly char[] BreadcrumbMarks = { '>', '›', '»', '＞' };
        private static readonly Regex Price = new Regex(@"[\d,]+\s*円|[¥￥$]\s*\d|\d\s*ドル|\d+\s*(yen|usd)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, LineShape.RegexTimeout);

        private readonly BoilerplateCues _cues;
        private int _nextRegion;

        public BoilerplateDetector(BoilerplateCues cues)
        {
            _cues = cues;
        }

        /// <summary>First pass: lines that are chrome on their own, whatever surrounds them.</summary>
        public void MarkInterfaceLines(IReadOnlyList<ArticleLine> lines)
        {
            foreach (var line in lines)
            {
                if (!line.IsBlank && line.Role == LineRole.Content && (IsInterfaceLine(line) || IsStackOfInterfaceLines(line)))
                {
                    Mark(line, _nextRegion++);
                }
            }

            MarkTopMenu(lines);
        }

        // A page copied from the top starts with the site's menu: a stack of one-word labels (ニュース / 速報 / IT).
        private void MarkTopMenu(IReadOnlyList<ArticleLine> lines)
        {
            var menu = new List<ArticleLine>();
            foreach (var line in lines.SkipWhile(l => l.IsBlank || l.IsBoilerplate))
            {
                if (line.IsBlank || line.IsBoilerplate || LineShape.Length(line) > MaxMenuLabel || LineShape.IsMarker(line)
                    || LineShape.EndsLikeSentence(line.Norm) || line.Kind != BlockKind.Line)
                {
                    break;
                }

                menu.Add(line);
            }

            if (menu.Count >= 3)
            {
                var region = _nextRegion++;
                menu.ForEach(l => Mark(l, region));
            }
        }

        /// <summary>Second pass: blocks judged with their context. Metadata lines are never taken.</summary>
        public void MarkBlocks(IReadOnlyList<ArticleLine> lines)
        {
            MarkAuthorBoxes(lines);
            MarkLinkLists(lines);
            MarkPromotions(lines);
            MarkSandwiches(lines);
            MarkMenus(lines);
        }

        // A page saved as Markdown joins the counters above the headline (4 分で読了 / 0 views) into one paragraph;
        // it is chrome when every line of it is.
        private bool IsStackOfInterfaceLines(ArticleLine line)
        {
            if (line.Text.IndexOf('\n') < 0)
            {
                return false;
            }

            var parts = line.Text.Split('\n').Where(p => p.Trim().Length > 0).Select(p => new ArticleLine(line.Index, p, line.Kind)).ToList();
            return parts.Count > 1 && parts.All(IsInterfaceLine);
        }

        public bool IsInterfaceLine(ArticleLine line)
        {
            var bare = line.Bare;
            var length = LineShape.Length(line);
            if (_cues.WholeLines.Contains(bare))
            {
                return true;
            }

            // A line without capitals, symbols or edge punctuation is its own bare form: the patterns are asked once about it.
            var patterns = _cues.LineScreen;
            if (patterns.IsMatch(line.Norm) || (!ReferenceEquals(bare, line.Norm) && bare != line.Norm && patterns.IsMatch(bare)))
            {
                return true;
            }

            // Teasers, credits, pagers and empty comment boxes: the language packs' rules, each matching a whole line. The
            // rules' need of the line's first character or of a text goes first (PatternLineScreen), then the words the rules
            // require, then their patterns joined.
            var packs = _cues.LinePacks;
            for (var p = 0; p < packs.Count; p++)
            {
                var needs = _cues.LinePackLineScreens[p];
                if ((needs != null && !needs.MayMatch(line.Norm)) || !Rules.RuleScreen.MayHold(line.Norm, _cues.LinePackStarts[p]) || !Rules.RuleScreen.MayMatch(line.Norm, _cues.LinePackScreens[p]))
                {
                    continue;
                }

                foreach (var (_, matches) in packs[p].MatchesIn(line.Norm))
                {
                    if (matches.Any())
                    {
                        return true;
                    }
                }
            }

            // A row of buttons read as one line (ツイート シェア, Share Tweet Email): every word of it is a button.
            var spaces = Count(line.Norm, ' ', 8);
            if (spaces >= 1 && spaces <= 7 && EveryWordIsButton(line.Norm))
            {
                return true;
            }

            // A button or a one-line prompt; a longer line only when it piles up calls and selling words.
            // A paragraph longer than that is running text whatever words it holds: it is not scanned for them.
            if (length <= 120)
            {
                var lower = line.Lower;
                var calls = _cues.CallsToActionSet.CountAny(lower);
                if (calls > 0 && (length <= 60 || calls + _cues.PromoWordSet.CountAny(lower) >= 2))
                {
                    return true;
                }

                if (length <= 80 && _cues.CopyrightMarkerSet.ContainsAny(lower))
                {
                    return true;
                }
            }

            return IsBreadcrumb(line);
        }

        // Word by word, stopping at the first that is no button: running text is rejected at its first word, not split whole.
        private bool EveryWordIsButton(string norm)
        {
            var start = 0;
            while (true)
            {
                var space = norm.IndexOf(' ', start);
                var end = space < 0 ? norm.Length : space;
                if (!_cues.WholeLines.Contains(LineShape.Bare(norm.Substring(start, end - start))))
                {
                    return false;
                }

                if (space < 0)
                {
                    return true;
                }

                start = space + 1;
            }
        }

        /// <summary>ホーム > ニュース > 記事名: crumbs of a site's hierarchy, not a sentence.</summary>
        private bool IsBreadcrumb(ArticleLine line)
        {
            // Without a separator the split yields the line itself: one crumb, never a breadcrumb.
            if (line.Norm.IndexOf('。') >= 0 || line.Norm.IndexOfAny(BreadcrumbMarks) < 0)
            {
                return false;
            }

            string[] crumbs;
            try
            {
                crumbs = BreadcrumbSeparator.Split(line.Norm);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            if (crumbs.Any(c => c.Trim().Length == 0 || c.Length > 80))
            {
                return false;
            }

            return crumbs.Length >= 3
                || (crumbs.Length == 2 && _cues.HomeCrumbSet.Contains(LineShape.Bare(crumbs[0])));
        }

        private bool IsSectionHeader(ArticleLine line, out bool exact)
        {
            exact = false;
            if (line.IsBlank || line.Role == LineRole.Metadata || LineShape.Length(line) > MaxHeaderLength || line.Norm.IndexOf('。') >= 0)
            {
                return false;
            }

            // Few lines are headers: one lookup and one pass over the line rule out the rest before the ordered walk below.
            var bare = line.Bare;
            if (!_cues.SectionHeaderSet.Contains(bare) && !_cues.InlineSectionHeaderSet.ContainsAny(bare))
            {
                return false;
            }

            foreach (var cue in _cues.SectionHeaders)
            {
                if (bare == cue)
                {
                    exact = true;
                    return true;
                }

                // Latin cues (Next, Tags) are ordinary words inside a heading; only Japanese cues are matched inside a longer label.
                if (!IsAscii(cue) && bare.IndexOf(cue, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // The author box of a post, and the closing sections of a press release (the packs' ClosingSection rules).
        private bool IsAuthorBoxHeader(ArticleLine line) =>
            !line.IsBlank && LineShape.Length(line) <= MaxHeaderLength
            && (_cues.AuthorBoxHeaders.Any(cue => line.Bare == cue || (line.Bare.StartsWith(cue, StringComparison.Ordinal) && !IsAscii(cue)))
                || _cues.ClosingSectionRules.Any(r => r.Matches(line.Norm).Any()));

        // The author box closes a post: a header in the last part, then the name and biography to the end.
        private void MarkAuthorBoxes(IReadOnlyList<ArticleLine> lines)
        {
            var nonBlank = lines.Where(l => !l.IsBlank).ToList();
            for (var n = (int)(nonBlank.Count * 0.6); n < nonBlank.Count; n++)
            {
                var header = nonBlank[n];
                if (header.Role == LineRole.Metadata || !IsAuthorBoxHeader(header))
                {
                    continue;
                }

                var region = _nextRegion++;
                var previous = Previous(lines, header.Index, allowBlank: false);
                if (previous != null && previous.Role == LineRole.Content && LineShape.Length(previous) <= 40 && !LineShape.IsProse(previous))
                {
                    Mark(previous, region);
                }

                for (var i = header.Index; i < lines.Count; i++)
                {
                    if (lines[i].Role != LineRole.Metadata)
                    {
                        Mark(lines[i], region);
                    }
                }

                return;
            }
        }

        // Related, ranking, prev/next and tag lists: a header, then title-like entries until running text resumes.
        private void MarkLinkLists(IReadOnlyList<ArticleLine> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var header = lines[i];
                if (!IsSectionHeader(header, out var exact))
                {
                    continue;
                }

                var taken = new List<ArticleLine>();
                var end = i;
                for (var j = i + 1; j < lines.Count; j++)
                {
                    var line = lines[j];
                    if (line.IsBlank)
                    {
                        continue;
                    }

                    if (line.Role == LineRole.Metadata || (!line.IsBoilerplate && !LineShape.IsListLike(line)))
                    {
                        break;
                    }

                    // A short line right before a paragraph is the heading of content that resumes after the list.
                    var next = Next(lines, j);
                    if (!line.IsBoilerplate && next != null && next.IsContent && LineShape.IsProse(next) && !LineShape.IsListLike(next) && !IsPromotional(next))
                    {
                        break;
                    }

                    taken.Add(line);
                    end = j;
                }

                // A list header whose list the page's markup already dropped closes the page, or meets other chrome.
                if (taken.Count == 0 && exact && (Next(lines, i) == null || Next(lines, i)!.IsBoilerplate))
                {
                    Mark(header, header.IsBoilerplate ? header.Region : _nextRegion++);
                }

                if (taken.Count == 0)
                {
                    continue;
                }

                // A header matched only inside a longer label must sit in the chrome: its list ends the page or meets other chrome.
                var after = Next(lines, end);
                if (!exact && after != null && !after.IsBoilerplate)
                {
                    continue;
                }

                var region = header.IsBoilerplate ? header.Region : _nextRegion++;
                Mark(header, region);
                var previous = Previous(lines, i, allowBlank: false);
                if (previous != null && previous.IsContent && LineShape.Length(previous) <= 30 && LineShape.IsListLike(previous)
                    && !LineShape.IsProse(previous) && Previous(lines, previous.Index, allowBlank: true) is var before
                    && (before == null || before.IsBlank || before.IsBoilerplate))
                {
                    Mark(previous, region);
                }

                for (var j = i + 1; j <= end; j++)
                {
                    Mark(lines[j], region);
                }

                i = end;
            }
        }

        // Advertising and subscription blocks end with a button (詳細を見る, 続きを読む) or start with a label (PR, 広告):
        // the short and selling lines next to it belong to the block.
        private void MarkPromotions(IReadOnlyList<ArticleLine> lines)
        {
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                var button = lines[i];
                if (!button.IsBoilerplate || LineShape.Length(button) > 40 || !IsCallToAction(button))
                {
                    continue;
                }

                Walk(lines, i, -1, button.Region);
            }

            foreach (var label in lines.Where(l => l.IsBoilerplate && _cues.AdLabelSet.Contains(l.Bare)).ToList())
            {
                Walk(lines, label.Index, +1, label.Region);
            }
        }

        private void Walk(IReadOnlyList<ArticleLine> lines, int from, int step, int region)
        {
            var taken = 0;
            for (var j = from + step; j >= 0 && j < lines.Count && taken < MaxPromoWalk; j += step)
            {
                var line = lines[j];
                if (line.IsBlank || line.IsBoilerplate)
                {
                    continue;
                }

                if (line.Role == LineRole.Metadata || !(BelongsToPromotion(line) || IsWedgedSentence(lines, line, step)))
                {
                    return;
                }

                Mark(line, region);
                taken++;
                if (step > 0 && IsCallToAction(line))
                {
                    return;
                }
            }
        }

        // A short tagline sentence (「学ぶ」だけではなく「使える」ように。) inside an ad, with more of the ad beyond it.
        private bool IsWedgedSentence(IReadOnlyList<ArticleLine> lines, ArticleLine line, int step)
        {
            if (LineShape.Length(line) > 25)
            {
                return false;
            }

            var beyond = step < 0 ? Previous(lines, line.Index, allowBlank: false) : Next(lines, line.Index);
            return beyond != null && beyond.Role != LineRole.Metadata && (beyond.IsBoilerplate || BelongsToPromotion(beyond));
        }

        private bool BelongsToPromotion(ArticleLine line)
        {
            var length = LineShape.Length(line);
            if (length <= 25 && LineShape.IsListLike(line))
            {
                return true;
            }

            var lower = line.Lower;
            var words = _cues.PromoWordSet.CountAny(lower) + (SafeRegex.IsMatch(Price, lower) ? 1 : 0);
            var addressesReader = _cues.InvitationSet.ContainsAny(lower) || line.Norm.IndexOf('!') >= 0;
            return LineShape.IsListLike(line) ? words + (addressesReader ? 1 : 0) >= 1 : words >= 1 && addressesReader;
        }

        private bool IsPromotional(ArticleLine line)
        {
            var lower = line.Lower;
            return _cues.PromoWordSet.ContainsAny(lower) && (_cues.InvitationSet.ContainsAny(lower) || line.Norm.IndexOf('!') >= 0);
        }

        private bool IsCallToAction(ArticleLine line) => _cues.CallsToActionSet.ContainsAny(line.Lower);

        // Short lines wedged between two pieces of chrome (a tagline between an ad and a ranking) are chrome too;
        // at the end of the page, short lines after the chrome has begun are its tail.
        private static void MarkSandwiches(IReadOnlyList<ArticleLine> lines)
        {
            var lastProse = LastIndex(lines, l => l.IsContent && LineShape.IsProse(l));
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].IsBoilerplate)
                {
                    continue;
                }

                var run = new List<ArticleLine>();
                var j = i + 1;
                for (; j < lines.Count; j++)
                {
                    var line = lines[j];
                    if (line.IsBlank)
                    {
                        continue;
                    }

                    if (line.IsBoilerplate || line.Role == LineRole.Metadata || !LineShape.IsListLike(line) || LineShape.IsProse(line) || run.Count >= MaxSandwich)
                    {
                        break;
                    }

                    run.Add(line);
                }

                var closed = j < lines.Count ? lines[j].IsBoilerplate : i > lastProse;
                if (run.Count > 0 && closed)
                {
                    foreach (var line in run)
                    {
                        Mark(line, lines[i].Region);
                    }
                }
            }
        }

        // Navigation menus: three or more very short labels in a row above the headline or below the last paragraph.
        private void MarkMenus(IReadOnlyList<ArticleLine> lines)
        {
            var firstKept = lines.FirstOrDefault(l => l.Role == LineRole.Metadata || (l.IsContent && LineShape.IsProse(l)));
            var lastProse = LastIndex(lines, l => l.IsContent && LineShape.IsProse(l));
            var run = new List<ArticleLine>();
            for (var i = 0; i <= lines.Count; i++)
            {
                var line = i < lines.Count ? lines[i] : null;
                var inEdge = line != null && ((firstKept != null && i < firstKept.Index) || i > lastProse);
                if (line != null && line.IsBlank)
                {
                    continue;
                }

                if (line != null && inEdge && line.IsContent && IsFlattenedMenu(line))
                {
                    Mark(line, _nextRegion++);
                    continue;
                }

                if (line != null && inEdge && line.IsContent && LineShape.Length(line) <= 15 && !LineShape.EndsLikeSentence(line.Norm) && !LineShape.IsMarker(line))
                {
                    run.Add(line);
                    continue;
                }

                if (run.Count >= 3)
                {
                    var region = _nextRegion++;
                    run.ForEach(l => Mark(l, region));
                }

                run.Clear();
            }
        }

        // A menu whose links a page wrote side by side arrives as one line of short Japanese labels (ニュース 政治 経済 …);
        // Japanese prose does not put spaces between its words, so four or more short spaced labels are not a sentence.
        private static bool IsFlattenedMenu(ArticleLine line)
        {
            if (LineShape.EndsLikeSentence(line.Norm) || line.Norm.IndexOf('、') >= 0)
            {
                return false;
            }

            var words = line.Norm.Split(' ');
            return words.Length >= 4 && words.All(w => w.Length <= 8) && words.Count(w => !IsAscii(w)) >= words.Length * 3 / 4;
        }

        private static void Mark(ArticleLine line, int region)
        {
            if (line.Role == LineRole.Metadata || line.IsBlank)
            {
                return;
            }

            line.Role = LineRole.Boilerplate;
            if (line.Region < 0)
            {
                line.Region = region;
            }
        }

        private static ArticleLine? Next(IReadOnlyList<ArticleLine> lines, int index)
        {
            for (var i = index + 1; i < lines.Count; i++)
            {
                if (!lines[i].IsBlank)
                {
                    return lines[i];
                }
            }

            return null;
        }

        private static ArticleLine? Previous(IReadOnlyList<ArticleLine> lines, int index, bool allowBlank)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (allowBlank || !lines[i].IsBlank)
                {
                    return lines[i];
                }
            }

            return null;
        }

        private static int LastIndex(IReadOnlyList<ArticleLine> lines, Func<ArticleLine, bool> predicate)
        {
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                if (predicate(lines[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        // The occurrences of c, counted up to limit: a row of buttons has a few spaces, and a paragraph is not read to its end to say it has more.
        private static int Count(string text, char c, int limit)
        {
            var count = 0;
            for (var i = text.IndexOf(c); i >= 0 && count < limit; i = text.IndexOf(c, i + 1))
            {
                count++;
            }

            return count;
        }

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c >= 128)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
