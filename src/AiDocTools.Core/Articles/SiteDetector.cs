using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Finds the links an article writes (full URLs and bare domains, as written) and the site it was saved from:
    /// a publisher named in the chrome (X をもっと見る, © X), a platform's own interface strings, or a bare domain
    /// in the chrome (a blog address in the author box).
    /// </summary>
    internal sealed class SiteDetector
    {
        private static readonly Regex FullUrl = new Regex(@"https?://[^\s<>""'「」()（）\[\]]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, LineShape.RegexTimeout);

        private readonly ArticleMetadataCues _cues;
        private readonly Regex _bareDomain;

        // The ASCII characters a top-level domain of the cues starts with, both cases of a letter (the pattern ignores case).
        private readonly CharBits _domainStarts = new CharBits();

        public SiteDetector(ArticleMetadataCues cues)
        {
            _cues = cues;
            foreach (var domain in cues.TopLevelDomains.Where(d => d.Length > 0 && d[0] < 128))
            {
                foreach (var start in WordStartScreen.CaseVariants(domain[0]))
                {
                    _domainStarts.Add(start);
                }
            }

            _bareDomain = new Regex(
                @"(?<![A-Za-z0-9.@/\-_])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:" + string.Join("|", cues.TopLevelDomains.Select(Regex.Escape)) + @")(?![A-Za-z0-9\-_])(?:/[A-Za-z0-9\-._~%/?#=&+]*)?",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, LineShape.RegexTimeout);
        }

        public IReadOnlyList<string> FindUrls(IEnumerable<ArticleLine> lines, IEnumerable<string> declared)
        {
            var urls = new List<string>(declared);
            foreach (var line in lines)
            {
                // The screen Links starts with, asked before its iterator is made: most lines hold no link.
                if (!line.IsBlank && MayHoldLink(line.Text))
                {
                    urls.AddRange(Links(line.Text));
                }
            }

            return urls.Distinct(StringComparer.Ordinal).ToList();
        }

        public string? FindSite(IReadOnlyList<ArticleLine> lines)
        {
            var screen = _cues.SiteScreen;
            foreach (var line in lines.Where(l => !l.IsBlank))
            {
                if (!screen.IsMatch(line.Norm))
                {
                    continue;
                }

                foreach (var regex in _cues.SiteRegexes)
                {
                    var match = SafeRegex.Match(regex, line.Norm);
                    var site = match.Success ? match.Groups["site"].Value.Trim() : string.Empty;
                    if (site.Length >= 2 && site.Any(char.IsLetter))
                    {
                        return site;
                    }
                }
            }

            foreach (var platform in _cues.Platforms)
            {
                if (lines.Any(l => l.IsBoilerplate && platform.Cues.Any(c => l.Norm.IndexOf(c, StringComparison.OrdinalIgnoreCase) >= 0)))
                {
                    return platform.Site;
                }
            }

            // A domain in the running text is something the article talks about; in the chrome it is the site's own.
            return lines.Where(l => l.IsBoilerplate || l.Role == LineRole.Metadata)
                .SelectMany(l => BareDomains(l.Text)).FirstOrDefault();
        }

        // Most lines hold no link at all: a full URL needs "://", a bare domain a dot right before its TLD.
        private bool MayHoldLink(string text) => MayHoldDomain(text) || text.IndexOf("://", StringComparison.Ordinal) >= 0;

        private IEnumerable<string> Links(string text)
        {
            var mayHoldDomain = MayHoldDomain(text);

            var full = Matches(FullUrl, text).ToList();
            foreach (var match in full)
            {
                yield return match.Value.TrimEnd('.', ',', '、', '。', ')', '）');
            }

            foreach (var match in mayHoldDomain ? Matches(_bareDomain, text) : Enumerable.Empty<Match>())
            {
                if (!full.Any(f => match.Index >= f.Index && match.Index < f.Index + f.Length))
                {
                    yield return match.Value.TrimEnd('.', ',');
                }
            }
        }

        private IEnumerable<string> BareDomains(string text)
        {
            if (!MayHoldDomain(text))
            {
                return Enumerable.Empty<string>();
            }

            var full = Matches(FullUrl, text).ToList();
            return Matches(_bareDomain, text)
                .Where(m => !full.Any(f => m.Index >= f.Index && m.Index < f.Index + f.Length))
                .Select(m => m.Value.TrimEnd('.', ','));
        }

        // Whether a bare domain may end in the text: the pattern puts its TLD right after a dot, so a dot followed by the
        // first character of one. A sentence's full stop is followed by a space or the end, and English prose has
        // many of those. A character outside ASCII passes, as the pattern's case folding may match one to a letter.
        private bool MayHoldDomain(string text)
        {
            for (var i = text.IndexOf('.'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
            {
                var next = text[i + 1];
                if (next >= 128 || _domainStarts.Contains(next))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<Match> Matches(Regex regex, string text)
        {
            if (regex == FullUrl && text.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                return Enumerable.Empty<Match>();
            }

            try
            {
                return regex.Matches(text).Cast<Match>().ToList();
            }
            catch (RegexMatchTimeoutException)
            {
                return Enumerable.Empty<Match>();
            }
        }
    }
}
