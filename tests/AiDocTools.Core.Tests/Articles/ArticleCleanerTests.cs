using System;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>Small made-up pages in the shapes real sites produce: chrome must go, every content line must stay.</summary>
    public class ArticleCleanerTests
    {
        private static Article Read(string text, string name = "page.txt") =>
            AnalysisPipeline.Shipped.NewReader().ReadText(text.Replace("\r\n", "\n"), name);

        private static void AssertKept(Article article, params string[] lines)
        {
            var body = article.Body.Split('\n').Select(l => l.Trim()).ToList();
            foreach (var line in lines)
            {
                Assert.Contains(line, body);
            }
        }

        private static void AssertRemoved(Article article, params string[] lines)
        {
            var body = article.Body.Split('\n').Select(l => l.Trim()).ToList();
            foreach (var line in lines)
            {
                Assert.DoesNotContain(line, body);
                Assert.Contains(article.Boilerplate, block => block.Split('\n').Contains(line));
            }
        }

        private const string JapaneseNewsPage = @"ホーム > テクノロジー > AI規制の行方
AI規制の行方、欧州と日本で分かれる判断
2024年3月15日 10:30
文:佐藤花子
シェア
ツイート

欧州連合は包括的なAI規則を採択し、高リスク用途に厳しい義務を課すことになった。

日本政府はこれに対し、当面は法的拘束力のない指針で対応する方針を示している。

規制の中身

規則は用途ごとにリスクを四段階に分け、最も高い段階では市場投入前の適合性評価を求める。

専門家は、生成AIの基盤モデルへの扱いが今後の焦点になるとみている。

アクセスランキング
1
生成AIの電力消費、データセンター新設相次ぐ
2
半導体輸出規制、新たな品目を追加
3
大学入試でのAI利用、指針を公表
Copyright © 2024 Example Shimbun. All rights reserved.";

        [Fact]
        public void NewsPageLosesBreadcrumbShareButtonsRankingAndFooter()
        {
            var article = Read(JapaneseNewsPage);

            AssertRemoved(article, "ホーム > テクノロジー > AI規制の行方", "シェア", "ツイート", "アクセスランキング",
                "生成AIの電力消費、データセンター新設相次ぐ", "3", "Copyright © 2024 Example Shimbun. All rights reserved.");
            AssertKept(article,
                "欧州連合は包括的なAI規則を採択し、高リスク用途に厳しい義務を課すことになった。",
                "日本政府はこれに対し、当面は法的拘束力のない指針で対応する方針を示している。",
                "規制の中身",
                "規則は用途ごとにリスクを四段階に分け、最も高い段階では市場投入前の適合性評価を求める。",
                "専門家は、生成AIの基盤モデルへの扱いが今後の焦点になるとみている。");
        }

        [Fact]
        public void NewsPageGivesHeadlineDatelineBylineAndHeadings()
        {
            var article = Read(JapaneseNewsPage);

            Assert.Equal("AI規制の行方、欧州と日本で分かれる判断", article.Title);
            Assert.Equal("2024-03-15", article.PublishedValue?.ToString());
            Assert.Equal("佐藤花子", article.Author);
            Assert.Equal(new[] { "規制の中身" }, article.Headings);
            Assert.Equal("Example Shimbun", article.Site);
            Assert.Equal("ja", article.Language);
        }

        private const string TranslatedBlogPost = @"本記事は「Why Open Models Matter」(By Jane Doe | 2024年2月10日)を翻訳したものです。
オープンなモデルは研究の再現性を高める。誰もが重みを調べ、結果を確かめられるからだ。
一方で、悪用のリスクを指摘する声も根強い。
二つの立場
閉じたモデルを支持する人々は、公開の判断は取り消せないと主張する。
開かれたモデルを支持する人々は、透明性こそが安全につながると反論する。
翻訳:山田太郎
この記事を書いた人
Jane Doe
オープンソースとAI政策を研究している。著書に『開かれた知能』がある。ブログはjanedoe.example.orgで公開中。";

        [Fact]
        public void TranslatedPostNamesItsSourceAndTranslator()
        {
            var article = Read(TranslatedBlogPost);

            Assert.Equal("Why Open Models Matter", article.Title);
            Assert.Equal("Jane Doe", article.Author);
            Assert.Equal("山田太郎", article.Translator);
            Assert.NotNull(article.Original);
            Assert.Equal("Why Open Models Matter", article.Original!.Title);
            Assert.Equal("Jane Doe", article.Original.Author);
            Assert.Equal("2024-02-10", article.Original.PublishedValue?.ToString());
            Assert.Null(article.PublishedValue);
            Assert.Equal(new[] { "二つの立場" }, article.Headings);
        }

        [Fact]
        public void TranslatedPostLosesItsAuthorBoxButKeepsTheText()
        {
            var article = Read(TranslatedBlogPost);

            AssertRemoved(article, "この記事を書いた人", "Jane Doe",
                "オープンソースとAI政策を研究している。著書に『開かれた知能』がある。ブログはjanedoe.example.orgで公開中。");
            AssertKept(article,
                "オープンなモデルは研究の再現性を高める。誰もが重みを調べ、結果を確かめられるからだ。",
                "一方で、悪用のリスクを指摘する声も根強い。",
                "閉じたモデルを支持する人々は、公開の判断は取り消せないと主張する。",
                "開かれたモデルを支持する人々は、透明性こそが安全につながると反論する。");
            Assert.Contains("janedoe.example.org", article.Urls);
            Assert.Equal("janedoe.example.org", article.Site);
        }

        [Fact]
        public void BareDomainsAreFoundInAnyCaseAndFullStopsAreNotTakenForThem()
        {
            var article = Read("モデルの公開\n\n詳しくはdocs.example.AIを参照してほしい。\n\nThe lab said so. It will post more on Example.Org/news next week. Really.\n");

            Assert.Equal(new[] { "docs.example.AI", "Example.Org/news" }, article.Urls);
        }

        private const string NoteStylePost = @"見出し画像

生成AIと著作権、いま考えておきたいこと

こんにちは、鈴木です。

先日、生成AIと著作権をテーマにした勉強会に参加しました。

学習段階と利用段階

議論の中心は、学習のための複製と、生成物の利用を分けて考えるべきかという点でした。

私は、両者を分けたうえで利用段階のルールを整えるのが現実的だと感じています。

メンバーシップ限定の記事も毎週公開中!
月額500円で、すべての記事が読み放題になります。今すぐ始めませんか?
詳しくはこちら

#生成AI #著作権 #勉強会

いいなと思ったら応援しよう!";

        [Fact]
        public void NotePostLosesPaidSubscriptionBlockTagsAndSupportPrompt()
        {
            var article = Read(NoteStylePost);

            AssertRemoved(article, "見出し画像", "メンバーシップ限定の記事も毎週公開中!",
                "月額500円で、すべての記事が読み放題になります。今すぐ始めませんか?", "詳しくはこちら",
                "#生成AI #著作権 #勉強会", "いいなと思ったら応援しよう!");
            AssertKept(article, "こんにちは、鈴木です。", "先日、生成AIと著作権をテーマにした勉強会に参加しました。", "学習段階と利用段階",
                "議論の中心は、学習のための複製と、生成物の利用を分けて考えるべきかという点でした。",
                "私は、両者を分けたうえで利用段階のルールを整えるのが現実的だと感じています。");
        }

        [Fact]
        public void NotePostGivesTitleSelfIntroducedAuthorAndPlatform()
        {
            var article = Read(NoteStylePost);

            Assert.Equal("生成AIと著作権、いま考えておきたいこと", article.Title);
            Assert.Equal("鈴木", article.Author);
            Assert.Equal(new[] { "学習段階と利用段階" }, article.Headings);
            Assert.Equal("note.com", article.Site);
            Assert.Null(article.PublishedValue);
        }

        private const string EnglishNewsPage = @"Home > Technology > AI
Open weights are not open source, regulators say
Published May 20, 2024
By Jane Smith
Share this article

Regulators in three countries said on Monday that releasing model weights does not make a model open source.

What changes

Companies will have to publish the licence terms that govern each release.

Critics said the guidance leaves many questions unanswered.

Related articles
Why model licences matter
The fight over training data
© 2024 Example Media. All rights reserved.";

        [Fact]
        public void EnglishNewsPageIsCleanedAndRead()
        {
            var article = Read(EnglishNewsPage);

            AssertRemoved(article, "Home > Technology > AI", "Share this article", "Related articles", "Why model licences matter",
                "The fight over training data", "© 2024 Example Media. All rights reserved.");
            AssertKept(article,
                "Regulators in three countries said on Monday that releasing model weights does not make a model open source.",
                "What changes",
                "Companies will have to publish the licence terms that govern each release.",
                "Critics said the guidance leaves many questions unanswered.");
            Assert.Equal("Open weights are not open source, regulators say", article.Title);
            Assert.Equal("Jane Smith", article.Author);
            Assert.Equal("2024-05-20", article.PublishedValue?.ToString());
            Assert.Equal(new[] { "What changes" }, article.Headings);
            Assert.Equal("en", article.Language);
        }

        [Fact]
        public void DialogueSpeakerLabelsStayAndAreNotHeadings()
        {
            var article = Read(@"対談:AIと教育

先生

生成AIを授業で使うとき、まず何に気をつければよいでしょうか。

研究者

出典を確かめる習慣を、使い方と一緒に教えることだと思います。

先生

つまり、道具の使い方と確かめ方をセットで教えるということですね。

研究者

そうです。確かめ方を知っていれば、誤りにも気づけます。");

            AssertKept(article, "先生", "研究者", "生成AIを授業で使うとき、まず何に気をつければよいでしょうか。", "そうです。確かめ方を知っていれば、誤りにも気づけます。");
            Assert.Empty(article.Boilerplate);
            Assert.Empty(article.Headings);
        }

        [Fact]
        public void ShortListsInsideTheTextAreNotHeadingsNorBoilerplate()
        {
            var article = Read(@"三つの論点

議論は主に次の点に集中している:
透明性(どこまで仕組みを開示するか)
責任(事故の責任を誰が負うか)
競争(独占をどう防ぐか)
どの論点も、単独では解決できない。");

            AssertKept(article, "透明性(どこまで仕組みを開示するか)", "責任(事故の責任を誰が負うか)", "競争(独占をどう防ぐか)");
            Assert.Empty(article.Headings);
            Assert.Equal("三つの論点", article.Title);
        }

        [Fact]
        public void FrontMatterWinsOverDetectedMetadata()
        {
            var article = Read(@"---
title: 宣言されたタイトル
author: 宣言された著者
date: 2023-01-02
---
本文の見出しではない一行目

文:別の人

本文です。十分に長い文章がここに続きます。", "post.md");

            Assert.Equal("宣言されたタイトル", article.Title);
            Assert.Equal("宣言された著者", article.Author);
            Assert.Equal("2023-01-02", article.PublishedValue?.ToString());
        }

        [Fact]
        public void MarkdownHeadingsAreKeptAndTheTitleHeadingIsNotRepeated()
        {
            var article = Read(@"# 見出しのある記事

導入の段落です。

## 第一節

本文の段落です。

## 第二節

もう一つの段落です。", "post.md");

            Assert.Equal("見出しのある記事", article.Title);
            Assert.Equal(new[] { "第一節", "第二節" }, article.Headings);
        }
    
        [Fact]
        public void SiteMenuAboveTheHeadlineIsRemovedAndARoleBylineIsRead()
        {
            var article = Read(@"ニュース
速報
ビジネス
エンタメ

新しい推論モデルが公開、性能は前世代の2倍
2024年12月20日 08:00 公開
[ITライター 田中一郎,Example]

新しい推論モデルが公開された。数学の課題で前世代を大きく上回るという。

提供は来年から始まる予定だ。");

            AssertRemoved(article, "ニュース", "速報", "ビジネス", "エンタメ");
            Assert.Equal("新しい推論モデルが公開、性能は前世代の2倍", article.Title);
            Assert.Equal("田中一郎", article.Author);
            Assert.Equal("2024-12-20", article.PublishedValue?.ToString());
            Assert.Empty(article.Headings);
        }

        [Fact]
        public void APromotionSpanningBlankLinesIsReportedAsOneVerbatimBlock()
        {
            var article = Read(@"本文の見出し

これは本文の段落です。内容は十分に長く、記事の中身として残るべきものです。

もっと学びませんか?

プレミアム会員なら月額980円で全講座が見放題!

詳細を見る");

            Assert.Contains("もっと学びませんか?\n\nプレミアム会員なら月額980円で全講座が見放題!\n\n詳細を見る", article.Boilerplate);
            AssertKept(article, "これは本文の段落です。内容は十分に長く、記事の中身として残るべきものです。");
        }
    }
}
