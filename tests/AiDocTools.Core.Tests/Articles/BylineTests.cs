using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>Who wrote and who translated made-up pages in the shapes real sites give their credits.</summary>
    public sealed class BylineTests
    {
        private static Article Read(string text, string name = "page.txt") =>
            AnalysisPipeline.Shipped.NewReader().ReadText(text.Replace("\r\n", "\n"), name);

        [Fact]
        public void A_wire_story_credits_its_reporters_at_the_end_and_the_editor_is_no_author()
        {
            var article = Read(@"Regulators weigh new limits on model exports

June 2, 2026 4:10 PM UTC

BRUSSELS, June 2 (Example Wire) - European regulators on Tuesday proposed limits on exporting large model weights.

Officials said the draft would be published for comment next month.

(Reporting by Ines Moreau and Piet de Vries in Brussels; Editing by Carla Nunez)

Our Standards: The Example Wire Principles.");
            Assert.Equal("Ines Moreau and Piet de Vries", article.Author);
            Assert.Equal("Regulators weigh new limits on model exports", article.Title);
        }

        [Fact]
        public void A_press_release_dated_above_its_headline_and_a_newsletter_dated_by_issue_and_day()
        {
            var release = Read(@"プレスリリース
2026年3月2日
株式会社サンプルテック

サンプルテック、新しい翻訳モデルを公開

株式会社サンプルテックは本日、新しい翻訳モデルを公開しました。

■会社概要
会社名：株式会社サンプルテック
設立：2015年6月");
            Assert.Equal("2026-03-02", release.Published?.ToString());

            var letter = Read(@"東西法律事務所　ニューズレター　2026年5月号

生成AIと契約実務の最新動向

2026年5月18日

本号では、生成AIの利用契約で問題になりやすい条項を取り上げます。");
            Assert.Equal("2026-05-18", letter.Published?.ToString());
        }

        [Fact]
        public void A_translation_credits_author_and_translator_on_one_line_and_a_blogger_signs_in_kana()
        {
            var translated = Read(@"規制の先にあるもの

著者：ローラ・チェン（Laura Chen）　翻訳：岩田 悠

本記事は英語の記事を翻訳したものです。AIの規制をめぐる議論は、各国で新しい段階に入った。");
            Assert.Equal("ローラ・チェン", translated.Author);
            Assert.Equal("岩田 悠", translated.Translator);

            var blog = Read(@"生成AIと付き合う一年
2026.03.01
文：こもれび

こんにちは。今日は生成AIを一年使ってみた感想を書きます。");
            Assert.Equal("こもれび", blog.Author);
        }

        [Fact]
        public void A_japanese_wire_story_names_its_reporter_in_the_lead_which_stays_text()
        {
            var article = Read(@"米議会、AIモデルの安全審査法案を可決
2026年4月9日 18時02分
【ワシントン＝石原健太】米下院は8日、大規模なAIモデルに安全審査を義務付ける法案を可決した。
上院での審議は来月にも始まる見通しだ。");
            Assert.Equal("石原健太", article.Author);
            Assert.Contains("【ワシントン＝石原健太】米下院は8日", article.Body);
        }

        [Fact]
        public void An_agency_in_the_lead_is_no_author()
        {
            var article = Read(@"米商務省、新たな輸出規制案
2026年4月9日
【ワシントン共同】米商務省は8日、新たな輸出規制案を公表した。
意見公募を経て最終決定する。");
            Assert.Null(article.Author);
        }

        [Fact]
        public void A_name_line_under_the_title_is_the_author_and_no_heading()
        {
            var article = Read(@"オープンモデルの安全性をどう測るか
小野寺 隼人
2026年1月20日
オープンなモデルの安全性は、公開後の使われ方まで含めて評価する必要がある。
そのための指標づくりが各国で進んでいる。");
            Assert.Equal("小野寺 隼人", article.Author);
            Assert.Equal("オープンモデルの安全性をどう測るか", article.Title);
            Assert.Empty(article.Headings);
        }

        [Fact]
        public void Several_authors_and_a_translator_credited_at_the_end_are_read()
        {
            var article = Read(@"モデル公開の責任を考える
公開されたモデルの責任は誰が負うのか。開発者と利用者の双方に問われている。
研究者の間でも意見は分かれている。
文：高田健、森下ゆり
翻訳：平田美穂");
            Assert.Equal("高田健、森下ゆり", article.Author);
            Assert.Equal("平田美穂", article.Translator);
        }

        [Fact]
        public void An_english_byline_with_a_role_and_a_date_gives_the_names_only()
        {
            var article = Read(@"Open weights, closed doors
By Marisa K. Oduya and Tom Brennan, Staff Writers | May 3, 2026
Several labs released model weights this spring while keeping their training data private.
Researchers said that limits what outsiders can check.");
            Assert.Equal("Marisa K. Oduya and Tom Brennan", article.Author);
            Assert.Equal("Open weights, closed doors", article.Title);
        }

        [Fact]
        public void A_byline_rule_with_a_misspelt_scope_is_an_error_not_a_rule_never_tried()
        {
            var pack = RulePackLoader.Parse(@"
language: en
capability: bylines
description: A pack for the reader's test.
groups: [author, translator]
rules:
  - name: ByLine
    description: By and a name.
    pattern: '^By (?<author>[A-Z][a-z]+ [A-Z][a-z]+)$'
    properties: { scope: heda }
    examples:
      - text: By Jane Roe
        expect: { author: Jane Roe }
      - text: By John Doe
        expect: { author: John Doe }
      - text: By Ann Lee
        expect: { author: Ann Lee }
      - text: by the way
        match: false
", "bylines.yaml");
            var ex = Assert.Throws<RulePackException>(() => new BylineReader(new DatelineParser(ArticleMetadataCues.Default, AnalysisPipeline.Shipped.Dates), new[] { pack }));
            Assert.Contains("scope 'heda'", ex.Message);
        }
    }
}
