using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AiDocTools.Bench
{
    /// <summary>
    /// Writes N articles that look like the ones users collect: derived from the seed articles by recombining
    /// their paragraphs and varying names, numbers and dates, with each seed's header and footer (boilerplate) kept.
    /// One in ten is a saved web page and one in ten is Shift_JIS, as in a real clippings folder.
    /// The same seed number always gives the same corpus, byte for byte.
    /// </summary>
    public sealed class CorpusGenerator
    {
        private static readonly Regex Digits = new Regex(@"\d+", RegexOptions.Compiled);

        // Names swapped into copies so the corpus is not five articles repeated: the index and the
        // entity recogniser then see a realistic vocabulary, not a handful of strings.
        private static readonly string[][] NameSwaps =
        {
            new[] { "ザッカーバーグ", "アルトマン", "ハサビス", "アモデイ", "ナデラ", "ピチャイ" },
            new[] { "Zuckerberg", "Altman", "Hassabis", "Amodei", "Nadella", "Pichai" },
            new[] { "メタ", "グーグル", "マイクロソフト", "アンソロピック", "オープンAI" },
            new[] { "Llama", "Gemini", "Claude", "Mistral", "Grok" },
        };

        private readonly IReadOnlyList<SeedShape> _seeds;
        private readonly string[] _paragraphPool;

        public CorpusGenerator(string seedFolder)
        {
            _seeds = Directory.GetFiles(seedFolder).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => SeedShape.Of(File.ReadAllText(f)))
                .ToList();
            _paragraphPool = _seeds.SelectMany(s => s.Content).ToArray();
        }

        /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/>, 1,000 to a sub-folder; returns their paths.</summary>
        public IReadOnlyList<string> Write(string folder, int count, int seed)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var shiftJis = Encoding.GetEncoding(932, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            var random = new Random(seed);
            var paths = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var sub = Path.Combine(folder, (i / 1000).ToString("D3"));
                Directory.CreateDirectory(sub);
                var text = Compose(random);
                var kind = random.Next(10);
                string path;
                if (kind == 0)
                {
                    path = Path.Combine(sub, $"clip-{i:D6}.html");
                    File.WriteAllText(path, AsWebPage(text), new UTF8Encoding(false));
                }
                else if (kind == 1)
                {
                    path = Path.Combine(sub, $"clip-{i:D6}.txt");
                    File.WriteAllBytes(path, shiftJis.GetBytes(text));
                }
                else
                {
                    path = Path.Combine(sub, $"clip-{i:D6}.txt");
                    File.WriteAllText(path, text, new UTF8Encoding(false));
                }

                paths.Add(path);
            }

            return paths;
        }

        /// <summary>Rewrites the body of every <paramref name="every"/>-th file, as an incremental update would see them.</summary>
        public static IReadOnlyList<string> Touch(IReadOnlyList<string> paths, int every, int seed)
        {
            var random = new Random(seed);
            var changed = new List<string>();
            for (var i = 0; i < paths.Count; i += every)
            {
                var text = File.ReadAllText(paths[i]);
                File.WriteAllText(paths[i], text + "\n\n追記：" + random.Next(1000, 9999) + "件の反応があった。\n", new UTF8Encoding(false));
                changed.Add(paths[i]);
            }

            return changed;
        }

        private string Compose(Random random)
        {
            var shape = _seeds[random.Next(_seeds.Count)];
            var paragraphs = new List<string>();
            var count = 8 + random.Next(16);
            for (var p = 0; p < count; p++)
            {
                paragraphs.Add(Vary(_paragraphPool[random.Next(_paragraphPool.Length)], random));
            }

            return string.Join("\n\n", shape.Header.Concat(paragraphs).Concat(shape.Footer)) + "\n";
        }

        private static string Vary(string paragraph, Random random)
        {
            foreach (var names in NameSwaps)
            {
                var from = names[random.Next(names.Length)];
                var to = names[random.Next(names.Length)];
                paragraph = paragraph.Replace(from, to);
            }

            // Years move together within a paragraph so "2023年…翌年" stays coherent; other numbers vary freely.
            var yearShift = random.Next(-3, 3);
            return Digits.Replace(paragraph, m =>
            {
                var n = long.Parse(m.Value);
                if (m.Value.Length == 4 && n >= 1990 && n <= 2030)
                {
                    return (n + yearShift).ToString();
                }

                return m.Value.Length > 6 ? m.Value : random.Next(1, (int)Math.Pow(10, m.Value.Length)).ToString();
            });
        }

        private static string AsWebPage(string text)
        {
            var blocks = text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries);
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
                .Append(Escape(blocks[0].Trim())).Append("</title><style>body{font-family:sans-serif}</style>")
                .Append("<script>window.dataLayer=[];</script></head><body>")
                .Append("<nav><a href=\"/\">ホーム</a> &gt; <a href=\"/tech\">テクノロジー</a></nav><article><h1>")
                .Append(Escape(blocks[0].Trim())).Append("</h1>");
            foreach (var block in blocks.Skip(1))
            {
                html.Append("<p>").Append(Escape(block).Replace("\n", "<br>")).Append("</p>");
            }

            html.Append("</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>");
            return html.ToString();
        }

        private static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>A seed split into the lines before its content, its content paragraphs, and its closing lines.</summary>
        private sealed class SeedShape
        {
            private SeedShape(string[] header, string[] content, string[] footer)
            {
                Header = header;
                Content = content;
                Footer = footer;
            }

            public string[] Header { get; }

            public string[] Content { get; }

            public string[] Footer { get; }

            public static SeedShape Of(string text)
            {
                var blocks = Regex.Split(text.Replace("\r\n", "\n"), @"\n\s*\n")
                    .Select(b => b.Trim('\n'))
                    .Where(b => b.Trim().Length > 0)
                    .ToArray();
                var edge = Math.Max(1, blocks.Length / 8);
                return new SeedShape(
                    blocks.Take(edge).ToArray(),
                    blocks.Skip(edge).Take(blocks.Length - 2 * edge).Where(b => b.Length > 40).ToArray(),
                    blocks.Skip(blocks.Length - edge).ToArray());
            }
        }
    }
}
