using System.IO;
using System.Linq;
using System.Net;
using Markdig;

namespace AiDocTools.Export
{
    /// <summary>
    /// One self-contained HTML page: the Markdown document rendered by Markdig with raw HTML disabled, inside a page with
    /// inline CSS and a Content-Security-Policy that forbids scripts. Article text is escaped twice over: as Markdown
    /// (see <see cref="MarkdownTimelineWriter"/>) and again by Markdig's HTML renderer, so an article holding
    /// <c>&lt;script&gt;</c> or <c>&lt;img onerror&gt;</c> comes out as visible text.
    /// </summary>
    public sealed class HtmlTimelineWriter : ITimelineWriter
    {
        private const string Style =
            "body{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif;line-height:1.6;" +
            "max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}" +
            "h1{border-bottom:2px solid #ccc;padding-bottom:.3rem}" +
            "h2{font-size:1.05rem;color:#555;margin:2rem 0 .25rem;font-variant-numeric:tabular-nums}" +
            "h2+p{margin-top:0}ul{margin-top:.25rem;padding-left:1.25rem}li{margin:.25rem 0;color:#333}" +
            "li em{font-style:normal;color:#666}" +
            "@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}h2{color:#aaa}li{color:#ccc}li em{color:#999}}";

        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

        private readonly MarkdownTimelineWriter _markdown = new MarkdownTimelineWriter();

        public TimelineFormat Format => TimelineFormat.Html;

        public string FileExtension => ".html";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            var body = Markdown.ToHtml(_markdown.ToText(timeline), Pipeline);
            // Browsers and screen readers pick fonts, line breaking and voice by the page's language (Japanese or English).
            var language = Text.LanguageDetector.Detect(string.Join("\n", timeline.Entries.Select(e => e.Headline)));
            output.Write("<!DOCTYPE html>\n<html" + (language == "und" ? string.Empty : " lang=\"" + language + "\"") + ">\n<head>\n<meta charset=\"utf-8\">\n");
            output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            output.Write("<title>" + WebUtility.HtmlEncode(ExportText.OneLine(timeline.Title)) + "</title>\n");
            output.Write("<style>" + Style + "</style>\n</head>\n<body>\n<main>\n");
            output.Write(body.Replace("\r\n", "\n"));
            output.Write("</main>\n</body>\n</html>\n");
        }
    }
}
