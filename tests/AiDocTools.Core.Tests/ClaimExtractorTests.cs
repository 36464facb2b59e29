using System.Collections.Generic;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class ClaimExtractorTests
    {
        internal static Article ArticleOf(params string[] paragraphs) => new Article
        {
            Id = "test",
            Paragraphs = paragraphs,
            Body = string.Join(Article.ParagraphSeparator, paragraphs),
            PublishedValue = PartialDate.FromDay(2024, 5, 1),
        };

        private static IReadOnlyList<Claim> Extract(params string[] paragraphs) => AnalysisPipeline.Shipped.Claims.Extract(ArticleOf(paragraphs));

        private static Claim Only(params string[] paragraphs) => Assert.Single(Extract(paragraphs));

        [Fact]
        public void QuoteThenSpeakerAndVerb()
        {
            var claim = Only("「公開は技術革新を加速する」と山田太郎氏は記者会見で述べた。");
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("山田太郎氏", claim.SpeakerAsWritten);
            Assert.Equal("Taro Yamada", claim.Speaker);
            Assert.Equal(new[] { "山田太郎" }, claim.SpeakerAliases);
            Assert.Equal("公開は技術革新を加速する", claim.Quote);
            Assert.Contains("述べ", claim.Cue);
        }

        [Fact]
        public void SpeakerTopicThenQuote()
        {
            var claim = Only("佐藤教授は「規制は慎重であるべきだ」と語った。");
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("佐藤教授", claim.SpeakerAsWritten);
            Assert.Equal("Sato", claim.Speaker);
            Assert.Equal("規制は慎重であるべきだ", claim.Quote);
        }

        [Fact]
        public void SpeakerAfterALongDescriptionKeepsTheName()
        {
            var claim = Only("「準備はできている」と、新興企業の研究責任者であるJane Doe氏は述べています。");
            Assert.Equal("Jane Doe氏", claim.SpeakerAsWritten);
            Assert.Equal("Jane Doe", claim.Speaker);
        }

        [Fact]
        public void AccordingTo()
        {
            var claim = Only("調査会社の報告によると、生成AIの利用者は倍増した。");
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
            Assert.Equal("調査会社の報告", claim.SpeakerAsWritten);
            Assert.Equal("によると", claim.Cue);
            Assert.Equal("生成AIの利用者は倍増した", claim.Quote);
        }

        [Theory]
        [InlineData("鈴木氏は、オープンモデルは安全性を高めると主張した。", "鈴木氏", "主張")]
        [InlineData("鈴木氏は、オープンモデルは安全性を高めると指摘した。", "鈴木氏", "指摘")]
        [InlineData("鈴木氏は、オープンモデルは危険だとA社を批判した。", "鈴木氏", "批判")]
        [InlineData("鈴木氏は、オープンモデルは安全性を高めると語った。", "鈴木氏", "語っ")]
        [InlineData("鈴木氏はブログで、オープンモデルは安全性を高めると書いた。", "鈴木氏", "書い")]
        [InlineData("オープンモデルは安全性を高めると一部の専門家は述べている。", "一部の専門家", "述べ")]
        [InlineData("その年の終わりには、両調査とも、B社は撤退すべきだと強く勧告しました。", "両調査", "勧告")]
        [InlineData("鈴木氏はまた、主要なモデルが公開されるべき理由についても主張しました。", "鈴木氏", "主張")]
        [InlineData("2000年1月10日、私たちはB社が全社的に新方式を採用することを発表しました。", "私たち", "発表")]
        public void ReportedSpeechWithTheSpeakerAsTopicOrBeforeTheVerb(string sentence, string speaker, string cue)
        {
            var claim = Only(sentence);
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
            Assert.Equal(speaker, claim.SpeakerAsWritten);
            Assert.Contains(cue, claim.Cue);
        }

        [Fact]
        public void AFindingOfAStudy()
        {
            var claim = Only("Kimらの研究では、人々は実際の画像と生成画像を区別できないことが判明した。");
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
            Assert.Equal("Kimらの研究", claim.SpeakerAsWritten);
            Assert.Equal("人々は実際の画像と生成画像を区別できない", claim.Quote);
        }

        [Fact]
        public void AFragmentInsideReportedSpeechIsReportedNotDirect()
        {
            var claim = Only("田中氏は、各社の秘密主義が強まっているのは「大きな間違い」だと指摘した。");
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
            Assert.Equal("田中氏", claim.SpeakerAsWritten);
        }

        [Fact]
        public void AQuoteWithoutItsOwnAttributionContinuesTheNearestOneBefore()
        {
            var claims = Extract("「公開は正しい」と田中氏はブログに書いた。 「安全性も高まる。」");
            Assert.Equal(2, claims.Count);
            Assert.All(claims, c => Assert.Equal(ClaimKind.DirectQuote, c.Kind));
            Assert.Equal("田中氏", claims[1].SpeakerAsWritten);
            Assert.Equal("安全性も高まる。", claims[1].Quote);
        }

        [Fact]
        public void PronounsReferBackToTheLastNamedPerson()
        {
            var claims = Extract("山田花子氏は新しいモデルを公開した。", "同氏は「まだ始まりにすぎない」と語った。", "彼女はまた、競争は激化すると述べた。");
            Assert.Equal("同氏", claims[1].SpeakerAsWritten);
            Assert.Equal("Hanako Yamada", claims[1].Speaker);
            Assert.Equal("彼女", claims[2].SpeakerAsWritten);
            Assert.Equal("Hanako Yamada", claims[2].Speaker);
        }

        [Fact]
        public void TheyReferBackToTheLastNamedOrganisationAndIntroduceTheNextBlock()
        {
            var claims = Extract("Metaは新モデルを公開することを決めた。", "彼らは次のように述べています:", "私たちは早期に頻繁にリリースするという精神を受け入れています。");
            Assert.Equal(ClaimKind.Assertion, claims[1].Kind);
            var block = claims[2];
            Assert.Equal(ClaimKind.DirectQuote, block.Kind);
            Assert.Equal("彼ら", block.SpeakerAsWritten);
            Assert.Equal("Meta", block.Speaker);
        }

        [Fact]
        public void ReportedWordsWithNoSpeakerTakeTheNearestSpeakerButNothingAsWritten()
        {
            var claims = Extract("「次の版は来月出す」と佐藤氏は語った。数日前、新版が公開され、さらに安価であると主張している。");
            Assert.Equal(ClaimKind.ReportedSpeech, claims[1].Kind);
            Assert.Equal("Sato", claims[1].Speaker);
            Assert.Null(claims[1].SpeakerAsWritten);
        }

        [Fact]
        public void TheSpeakerModifiedByTheCueVerb()
        {
            var claim = Only("「参入障壁はない」と簡潔に宣言したGoogleのメモが流出した。");
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("Googleのメモ", claim.SpeakerAsWritten);
        }

        [Fact]
        public void ASourceInWhichWordsAreWritten()
        {
            var claim = Only("「差は急速に縮まっている」とその報告書に書かれている。");
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("その報告書", claim.SpeakerAsWritten);
        }

        [Theory]
        [InlineData("このような「クリーン」なアプローチでも、自由を制限すべきではない。")]
        [InlineData("それは「コンピューティング界のノーベル賞」とも言われる賞だ。")]
        [InlineData("両社の提携を発表した。")]
        [InlineData("また、競争上の脅威となりうるからではないかとの意見もあります。")]
        [InlineData("ここで強調したいのは、技術の自由が大切だということです。")]
        [InlineData("オープンソースは安全だと主張されている。")]
        public void ScareQuotesPassivesAndActsAreAssertions(string sentence)
        {
            var claim = Only(sentence);
            Assert.Equal(ClaimKind.Assertion, claim.Kind);
            Assert.Null(claim.Speaker);
        }

        [Fact]
        public void DialogueTurnsAreQuotesOfTheirLabel()
        {
            var claims = Extract("田中専務", "この論文は何を言いたいんですか。", "メンター拓海", "要点は三つです。まず移動です。", "田中専務", "なるほど、よくわかりました。");
            Assert.Equal(3, claims.Count);
            Assert.All(claims, c => Assert.Equal(ClaimKind.DirectQuote, c.Kind));
            Assert.Equal(new[] { "田中専務", "メンター拓海", "田中専務" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
            Assert.Equal("要点は三つです。まず移動です。", claims[1].Quote);
        }

        [Fact]
        public void OneLineDialogueTurns()
        {
            var claims = Extract("記者：モデルは公開しますか。", "CEO：はい、来月公開します。", "記者：安全性はどうですか。");
            Assert.Equal(new[] { "記者", "CEO", "記者" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
            Assert.Equal("はい、来月公開します。", claims[1].Quote);
        }

        [Fact]
        public void AHeadingAboveALabelIsNotADialogue()
        {
            var claims = Extract("規制ではなく進化を選べ", "AIの未来を切り開く必要がある。");
            Assert.All(claims, c => Assert.Equal(ClaimKind.Assertion, c.Kind));
        }

        [Theory]
        [InlineData("“Open source drives innovation,” Mark Zuckerberg said.", "Mark Zuckerberg", "Open source drives innovation")]
        [InlineData("“Open source drives innovation,” said Mark Zuckerberg.", "Mark Zuckerberg", "Open source drives innovation")]
        [InlineData("Mark Zuckerberg said: “Open source drives innovation.”", "Mark Zuckerberg", "Open source drives innovation.")]
        [InlineData("\"We were wrong about openness,\" Ilya Sutskever told The Verge.", "Ilya Sutskever", "We were wrong about openness")]
        public void EnglishDirectQuotes(string sentence, string speaker, string quote)
        {
            var claim = Only(sentence);
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal(speaker, claim.SpeakerAsWritten);
            Assert.Equal(quote, claim.Quote);
        }

        [Theory]
        [InlineData("Mark Zuckerberg said that open models are safer.", "Mark Zuckerberg", "open models are safer")]
        [InlineData("Ilya Sutskever told The Verge that sharing the details was a mistake.", "Ilya Sutskever", "sharing the details was a mistake")]
        [InlineData("According to the report, open models are catching up.", "the report", "open models are catching up")]
        [InlineData("Open models are catching up, according to Reuters.", "Reuters", "Open models are catching up")]
        [InlineData("Open models are catching up, the researchers wrote.", "the researchers", "Open models are catching up")]
        public void EnglishReportedSpeech(string sentence, string speaker, string content)
        {
            var claim = Only(sentence);
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
            Assert.Equal(speaker, claim.SpeakerAsWritten);
            Assert.Equal(content, claim.Quote);
        }

        [Fact]
        public void EnglishPronounsAndContinuedQuotes()
        {
            var claims = Extract("Jane Doe leads the lab.", "She said the model was safe.", "“It is ready for everyone to use.”");
            Assert.Equal("She", claims[1].SpeakerAsWritten);
            Assert.Equal("Jane Doe", claims[1].Speaker);
            Assert.Equal(ClaimKind.DirectQuote, claims[2].Kind);
            Assert.Equal("Jane Doe", claims[2].Speaker);
        }

        [Fact]
        public void EnglishAssertionsStayAssertions()
        {
            var claims = Extract("Meta released Llama 3 in April 2024. The model calls itself \"open\" but is not.");
            Assert.All(claims, c => Assert.Equal(ClaimKind.Assertion, c.Kind));
        }

        [Fact]
        public void OffsetsPointIntoTheBodyAndClaimsCarryThePublishedDate()
        {
            var article = ArticleOf("見出し", "「公開は正しい」と田中氏は述べた。次の文です。", "Mark Zuckerberg said that open models are safer.");
            var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
            Assert.Equal(4, claims.Count);
            Assert.All(claims, c => Assert.Equal(c.Text, article.Body.Substring(c.Start, c.Length)));
            Assert.Equal(new[] { 0, 1, 1, 2 }, claims.Select(c => c.Paragraph).ToArray());
            Assert.Equal(Enumerable.Range(0, 4).ToArray(), claims.Select(c => c.Index).ToArray());
            Assert.All(claims, c => Assert.Equal(article.PublishedValue, c.PublishedValue));
        }

        [Fact]
        public void ARecognizerCanonicalisesSpeakersAndListsEntities()
        {
            var extractor = new ClaimExtractor(LanguagePacks.Shipped, new FakeRecognizer());
            var claims = extractor.Extract(ArticleOf("「オープンソースは革新を促す」とザッカーバーグ氏はメタの投稿で書いた。"));
            var claim = Assert.Single(claims);
            Assert.Equal("Mark Zuckerberg", claim.Speaker);
            Assert.Equal("ザッカーバーグ氏", claim.SpeakerAsWritten);
            Assert.Equal(new[] { "Mark Zuckerberg", "Meta" }, claim.Entities.OrderBy(e => e).ToArray());
        }

        [Fact]
        public void ClaimEntitiesAreTheMentionsInsideEachSentenceOfTheArticle()
        {
            // The acronym is defined in the first sentence and used alone in a later paragraph: found once over the article,
            // the later sentence still knows whom it names; the middle sentence names no one.
            var claims = AnalysisPipeline.Shipped.Claims.Extract(ArticleOf("Linux Foundation(LF)は成長した。天気は良い。", "LFの範囲は広い。"));
            Assert.Equal(3, claims.Count);
            Assert.Equal(new[] { "Linux Foundation" }, claims[0].Entities);
            Assert.Empty(claims[1].Entities);
            Assert.Equal(new[] { "Linux Foundation" }, claims[2].Entities);
        }

        private sealed class FakeRecognizer : IEntityRecognizer
        {
            private static readonly Dictionary<string, (string Name, EntityType Type)> Forms = new Dictionary<string, (string, EntityType)>
            {
                ["ザッカーバーグ氏"] = ("Mark Zuckerberg", EntityType.Person),
                ["ザッカーバーグ"] = ("Mark Zuckerberg", EntityType.Person),
                ["メタ"] = ("Meta", EntityType.Organization),
            };

            public IReadOnlyList<EntityMention> FindMentions(string text)
            {
                var mentions = new List<EntityMention>();
                foreach (var form in Forms.Keys.OrderByDescending(k => k.Length))
                {
                    var at = text.IndexOf(form, System.StringComparison.Ordinal);
                    if (at >= 0 && !mentions.Any(m => at < m.Start + m.Length && m.Start < at + form.Length))
                    {
                        mentions.Add(new EntityMention(Forms[form].Name, Forms[form].Type, form, at, form.Length, true));
                    }
                }

                return mentions.OrderBy(m => m.Start).ToList();
            }

            public string? CanonicalName(string surfaceForm) => Forms.TryGetValue(surfaceForm, out var entry) ? entry.Name : null;

            public IReadOnlyList<string> AliasesOf(string canonicalName) => Forms.Where(f => f.Value.Name == canonicalName).Select(f => f.Key).ToList();
        }

        [Fact]
        public void ClaimsListTheDatesTheyStateResolvedAgainstTheArticle()
        {
            var claims = Extract("メタは2024年4月にLlama 3を公開した。先週、新しい版が出た。", "過去20年間、議論は続いた。");
            Assert.Equal(new[] { "2024-04" }, claims[0].DateValues.Select(d => d.ToString()));
            Assert.Equal(new[] { "2024-W17" }, claims[1].DateValues.Select(d => d.ToString()));
            Assert.Empty(claims[2].DateValues); // a duration is no date
            Assert.Empty(new ClaimExtractor(LanguagePacks.Shipped).Extract(ArticleOf("メタは2024年4月にLlama 3を公開した。"))[0].DateValues);
        }

        [Fact]
        public void BracketedRoundTableLabelsAreTurns()
        {
            var claims = Extract("【森】 公開の是非はまだ決まっていません。", "【アシュビー】 私は公開すべきだと考えています。", "【森】 その理由を聞かせてください。");
            Assert.Equal(new[] { "森", "アシュビー", "森" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
            Assert.All(claims, c => Assert.Equal(ClaimKind.DirectQuote, c.Kind));
            Assert.Equal("私は公開すべきだと考えています。", claims[1].Quote);
        }

        [Fact]
        public void JapaneseOrganisationsAndDocumentsSpeakAndAreReferredBackTo()
        {
            var claims = Extract("日本出版協会は声明で、「無断の学習利用は認められない」と抗議した。同協会は、政府に法整備を求めるとした。", "報告書は「現行の法律では対応できない」としている。");
            Assert.Equal(new[] { "日本出版協会", "同協会", "報告書" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
            Assert.Equal("日本出版協会", claims[1].Speaker);
            Assert.Equal(ClaimKind.DirectQuote, claims[2].Kind);
            Assert.Equal("現行の法律では対応できない", claims[2].Quote);
        }

        [Fact]
        public void AJapaneseTopicThatCannotSpeakLeavesTheSpeakerBefore()
        {
            var claims = Extract("北川氏は記者団に「公開は続ける」と強調した。そのうえで、改定は中小企業の負担にも配慮すると付け加えた。");
            Assert.Equal("Kitagawa", claims[1].Speaker);
            Assert.Equal(ClaimKind.ReportedSpeech, claims[1].Kind);
        }

        [Fact]
        public void EnglishDescriptionsBeforeTheNameAndPronounsAfterIt()
        {
            var claims = Extract(
                "Example Labs' chief scientist Mia Park said on Tuesday that the weights would stay closed.",
                "\"We will not publish them,\" she was quoted as saying.",
                "Tom Ashby, who runs research at Fabrikam, a rival lab, noted that costs had halved.");
            Assert.Equal("Mia Park", claims[0].Speaker);
            Assert.Equal("the weights would stay closed", claims[0].Quote);
            Assert.Equal("Mia Park", claims[1].Speaker);
            Assert.Equal(ClaimKind.DirectQuote, claims[1].Kind);
            Assert.Equal("Tom Ashby", claims[2].Speaker);
        }

        [Fact]
        public void EnglishAnonymousSourcesAreSpeakersAndItIsNot()
        {
            var claims = Extract("The startup is raising money, people familiar with the matter said.", "It said the talks were private.");
            Assert.Equal("people familiar with the matter", claims[0].Speaker);
            Assert.Equal(ClaimKind.Assertion, claims[1].Kind);
        }

        [Fact]
        public void InterviewQuestionsAfterADashAreTheInterviewersTurns()
        {
            var claims = Extract("――まず、公開を決めた理由を教えてください。", "【森】 透明性のためです。", "――反対の声はありませんでしたか。", "【森】 社内にもありました。");
            Assert.Equal(new[] { "聞き手", "森", "聞き手", "森" }, claims.Select(c => c.Speaker).ToArray());
            Assert.Equal(new[] { null, "森", null, "森" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
            Assert.Equal("まず、公開を決めた理由を教えてください。", claims[0].Quote);
        }

        private static IReadOnlyList<Claim> Interview(string author, params string[] paragraphs)
        {
            var article = ArticleOf(paragraphs);
            article.Author = author;
            return AnalysisPipeline.Shipped.Claims.Extract(article);
        }

        [Fact]
        public void UnlabelledAnswersAfterDashQuestionsAreTheGuestsAndTheQuestionsTheBylines()
        {
            var claims = Interview(
                "小川 真央",
                "推論専用チップを手がける新興企業の代表、北村 陽介氏は「電力こそが次の制約だ」と話す。",
                "――創業のきっかけは何ですか。",
                "前職で電力の請求書を見たことです。数字が桁違いでした。",
                "当時は誰も気にしていませんでした。",
                "――今後の計画は。",
                "来春に量産を始めます。");
            Assert.Equal(new[] { "Yosuke Kitamura", "Mao Ogawa", "Yosuke Kitamura", "Yosuke Kitamura", "Mao Ogawa", "Yosuke Kitamura" }, claims.Select(c => c.Speaker).ToArray());
            Assert.All(claims.Skip(1), c => Assert.Null(c.SpeakerAsWritten));
            Assert.Equal("当時は誰も気にしていませんでした。", claims[3].Quote);

            // The turns name nobody; the kanji the article wrote stays with the speaker, for -Speaker 北村*.
            Assert.Contains("北村 陽介", claims[2].SpeakerAliases);
            Assert.True(claims[2].IsSpokenBy(n => n.StartsWith("北村", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void QAndALabelsAreTheBylinesAndTheGuestsTurnsAndTheCreditLineIsNoTurn()
        {
            var claims = Interview(
                "大野 智",
                "聞き手・科学部　大野 智",
                "AIの安全評価はどこまで進んだのか。国立の研究所で評価手法を研究する中西 美紀主任研究員に聞いた。",
                "Q: 評価はなぜ難しいのですか。",
                "A: 測る対象が毎月変わるからです。",
                "Q: 企業の反応は。",
                "A: 前向きな会社が増えました。");
            Assert.DoesNotContain(claims, c => c.SpeakerAsWritten != null && c.SpeakerAsWritten.StartsWith("聞き手"));
            var turns = claims.Where(c => c.SpeakerAsWritten == "Q" || c.SpeakerAsWritten == "A").ToList();
            Assert.Equal(new[] { "Satoshi Ono", "Miki Nakanishi", "Satoshi Ono", "Miki Nakanishi" }, turns.Select(c => c.Speaker).ToArray());
            Assert.Equal("測る対象が毎月変わるからです。", turns[1].Quote);
        }

        [Fact]
        public void BracketedAnswersGoToTheGuestTheLeadNamedBeforeTheInterviewersCredit()
        {
            var claims = Interview(
                "小川 真央",
                "新しい評価法を提案した北辰大学の星野 美紀教授に、その狙いを聞いた。（聞き手・小川 真央）",
                "――なぜ今、評価法なのですか。",
                "「モデルの数が増えすぎて、比べる物差しがないからです」",
                "――企業の反応は。",
                "「思ったより前向きでした」",
                "星野 美紀（ほしの・みき）　北辰大学教授。専門は機械学習の評価。");
            var turns = claims.Where(c => c.Kind == ClaimKind.DirectQuote).ToList();
            Assert.Equal(new[] { "Mao Ogawa", "Miki Hoshino", "Mao Ogawa", "Miki Hoshino" }, turns.Select(c => c.Speaker).ToArray());

            // The guest's profile after the last bracketed answer is no answer.
            Assert.Equal(ClaimKind.Assertion, claims.Last().Kind);
        }

        [Fact]
        public void LabelledTurnsRunOnPastAParagraphOfProseBetweenThem()
        {
            var claims = Extract(
                "Q: Will the courts settle it?",
                "Reyes: Not soon. The appeals will take years.",
                "That is why the deals matter now.",
                "Q: And for authors?",
                "Reyes: Register your work.");
            Assert.Equal(new[] { "Q", "Reyes", "Q", "Reyes" }, claims.Where(c => c.Kind == ClaimKind.DirectQuote).Select(c => c.SpeakerAsWritten).ToArray());
            Assert.Equal(ClaimKind.Assertion, claims[2].Kind);
        }

        [Fact]
        public void APressReleaseCommentHeadingNamesWhoSpeaksTheQuotationBelow()
        {
            var article = ArticleOf("株式会社サンプルテックは新しいモデルを公開しました。", "■代表取締役 安藤 陸のコメント", "「誰もが使える日本語モデルを目指しました」");
            article.Headings = new[] { "■代表取締役 安藤 陸のコメント" };
            var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
            var comment = claims.Single(c => c.Kind == ClaimKind.DirectQuote);
            Assert.Equal("代表取締役 安藤 陸", comment.SpeakerAsWritten);
            Assert.Equal("誰もが使える日本語モデルを目指しました", comment.Quote);
        }

        [Fact]
        public void ACommentHeadingThatNamesNoOneLeavesTheSentenceBelowItsOwnSpeaker()
        {
            var article = ArticleOf("■代表者コメント", "代表取締役の安藤 陸は、次のように述べています。", "「誰もが使える日本語モデルを目指しました」");
            article.Headings = new[] { "■代表者コメント" };
            var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
            Assert.DoesNotContain(claims, c => c.Quote == "次の");
            var comment = claims.Single(c => c.Kind == ClaimKind.DirectQuote);
            Assert.Equal("誰もが使える日本語モデルを目指しました", comment.Quote);
            Assert.Contains("安藤", comment.SpeakerAsWritten);
        }

        [Fact]
        public void ASeriesTitleAboveTheLeadIsNoSpeakerOfTheDialogueBelow()
        {
            var claims = Extract(
                "連載　データと権利 第3回",
                "写真家と研究者に、学習データの同意について話してもらった。",
                "【石井】 同意を取る仕組みがまだありません。",
                "【ロウ】 技術的には作れます。",
                "【石井】 では誰が費用を持つのでしょう。");
            Assert.DoesNotContain(claims, c => c.Speaker != null && c.Speaker.Contains("連載"));
            Assert.Equal(new[] { "石井", "ロウ", "石井" }, claims.Where(c => c.Speaker != null).Select(c => c.Speaker).ToArray());
        }

        [Fact]
        public void LatinFullNamesLabelTranscriptTurns()
        {
            var claims = Extract("Mia K. Park: Welcome to the show.", "Tom Ashby: Thanks for having me.", "Mia K. Park: Let us start with chips.");
            Assert.Equal(new[] { "Mia K. Park", "Tom Ashby", "Mia K. Park" }, claims.Select(c => c.SpeakerAsWritten).ToArray());
        }

        [Fact]
        public void TheDescriptionBeforeTheSpeakerIsWrittenWithItButTheNameStaysBare()
        {
            var claims = Extract(
                "これに対し、国内の通信大手で安全審査を統括する幹部は、公開の範囲を狭めるべきだと反論した。",
                "東和大学の森 真一教授は「検証の仕組みが先だ」と話す。");
            Assert.Equal("国内の通信大手で安全審査を統括する幹部", claims[0].SpeakerAsWritten);
            Assert.Equal("東和大学の森 真一教授", claims[1].SpeakerAsWritten);
            Assert.Equal("Shinichi Mori", claims[1].Speaker);
        }

        [Fact]
        public void AFieldInBracketsAfterTheTitleIsNoPartOfTheSpeaker()
        {
            var claim = Only("西海大学の森 真一教授（情報法）は「規制より先に検証の仕組みが要る」と評価する。");
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("Shinichi Mori", claim.Speaker);
        }

        [Theory]
        [InlineData("Ashby told a newspaper that the board had agreed with him.", "Ashby")]
        [InlineData("The lab believes the new rule goes too far.", "The lab")]
        [InlineData("Northwind confirmed that it had received the letter.", "Northwind")]
        public void EnglishOneWordSpeakers(string sentence, string speaker)
        {
            var claim = Extract("Labs split over weights, rivals say.", sentence)[1];
            Assert.Equal(speaker, claim.SpeakerAsWritten);
            Assert.Equal(ClaimKind.ReportedSpeech, claim.Kind);
        }
    
        [Fact]
        public void TheArticlesOwnLatinSpellingOfAJapaneseNameWinsOverTheReading()
        {
            var claims = Extract("開発を率いる木下 真央氏（Mao Kinoshita）は「検証を先に済ませる」と述べた。");
            Assert.Equal("Mao Kinoshita", claims[0].Speaker);
            Assert.Contains("木下 真央", claims[0].SpeakerAsWritten);
        }

        [Fact]
        public void AFamilyNameAloneIsThePersonTheArticleNamedInFull()
        {
            var claims = Extract(
                "研究所の森下 浩二副所長は「評価が先だ」と語った。",
                "森下氏は「公開はその後でよい」と付け加えた。");
            Assert.Equal(new[] { "Koji Morishita", "Koji Morishita" }, claims.Where(c => c.Speaker != null).Select(c => c.Speaker).ToArray());
        }

        [Fact]
        public void ASpeakerWhoseGivenNameHasNoReadingKeepsItAsWritten()
        {
            // 颯斗 is not among IPADIC's given names: the family name is read, the given name is not guessed.
            var claims = Extract("大学院生の三浦 颯斗さんは「まず手元で動かしたい」と話した。");
            Assert.Equal("颯斗 Miura", claims[0].Speaker);
        }

        [Fact]
        public void NamesThatAreNoJapanesePersonKeepTheirWrittenForm()
        {
            var claims = Extract("日本出版協会は「対価の議論が要る」と述べた。");
            Assert.Equal("日本出版協会", claims[0].Speaker);
            Assert.Empty(claims[0].SpeakerAliases);
        }
    }
}
