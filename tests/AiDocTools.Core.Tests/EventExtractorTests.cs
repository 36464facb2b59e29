using System.Collections.Generic;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Entities;
using AiDocTools.Rules;
using AiDocTools.Time;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public class EventExtractorTests
    {
        // Saturday 20 May 2023: ISO week 20; the week before is W19.
        private static readonly PartialDate May20 = PartialDate.FromDay(2023, 5, 20);

        private static Article ArticleOf(string body, PartialDate? published = null, PartialDate? original = null) => new Article
        {
            Id = "t",
            Body = body,
            Paragraphs = body.Split(new[] { Article.ParagraphSeparator }, System.StringSplitOptions.None),
            PublishedValue = published,
            Original = original == null ? null : new OriginalWork { PublishedValue = original },
        };

        private static IReadOnlyList<TimelineEvent> Events(string body, PartialDate? published = null) =>
            AnalysisPipeline.Shipped.Events.Extract(ArticleOf(body, published));

        private static TimelineEvent Only(string body, PartialDate? published = null) => Assert.Single(Events(body, published));

        [Theory]
        [InlineData("IBMは2000年1月10日に発表した。", "2000年1月10日", "2000-01-10")]
        [InlineData("The post went up on May 20, 2023 at noon.", "May 20, 2023", "2023-05-20")]
        [InlineData("It was published on 2 June 2023 in the blog.", "2 June 2023", "2023-06-02")]
        [InlineData("更新日は2023/06/02です。", "2023/06/02", "2023-06-02")]
        [InlineData("Updated 2023-06-02 by the editors.", "2023-06-02", "2023-06-02")]
        [InlineData("Metaは2024年4月にLlama 3を公開した。", "2024年4月", "2024-04")]
        [InlineData("3人は2018年にチューリング賞を受賞した。", "2018年", "2018")]
        [InlineData("The model shipped in June 2024 to researchers.", "June 2024", "2024-06")]
        [InlineData("The lab was founded in 2015 by researchers.", "2015", "2015")]
        [InlineData("報告は2023 年 6 月 2 日に出た。", "2023 年 6 月 2 日", "2023-06-02")]
        [InlineData("The marketing memo from March 2024 maybe mattered.", "March 2024", "2024-03")]
        [InlineData("Maybe the summary (May 20, 2023) was late.", "May 20, 2023", "2023-05-20")]
        public void WrittenOutDatesAreAbsolute(string body, string expression, string iso)
        {
            var e = Only(body);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Absolute, e.Kind);
            Assert.True(e.Resolved);
            Assert.Null(e.Anchor);
        }

        [Theory]
        [InlineData("計画は二〇二三年十月に始まった。", "2023-10")]
        [InlineData("計画は２０２３年に始まった。", "2023")]
        [InlineData("計画は２０２３年１２月３日に始まった。", "2023-12-03")]
        [InlineData("法律は令和5年に施行された。", "2023")]
        [InlineData("法律は令和元年に施行された。", "2019")]
        [InlineData("退位は平成31年4月30日だった。", "2019-04-30")]
        [InlineData("会社は昭和六十年に設立された。", "1985")]
        [InlineData("式典は二〇二四年三月二十一日に開かれた。", "2024-03-21")]
        public void KanjiFullWidthAndEraYearsAreRead(string body, string iso)
        {
            Assert.Equal(iso, Only(body).DateValue!.ToString());
        }

        [Theory]
        [InlineData("IBMは1999年後半に調査を始めた。", "1999年後半", "1999-H2")]
        [InlineData("2024年前半に公開予定だ。", "2024年前半", "2024-H1")]
        [InlineData("2023年6月上旬に発表された。", "2023年6月上旬", "2023-06")]
        [InlineData("2023年6月下旬に発表された。", "2023年6月下旬", "2023-06")]
        [InlineData("2023年末に発表された。", "2023年末", "2023-12")]
        [InlineData("2023年初めに発表された。", "2023年初め", "2023-01")]
        [InlineData("2024年春に公開される。", "2024年春", "2024-21")]
        [InlineData("2024年冬に公開される。", "2024年冬", "2024-24")]
        [InlineData("2024年第3四半期に公開される。", "2024年第3四半期", "2024-Q3")]
        [InlineData("1990年代後半の議論を思い出す。", "1990年代後半", "1995/1999")]
        [InlineData("Sales fell in early 2023 across the sector.", "early 2023", "2023-H1")]
        [InlineData("Sales fell in late 2023 across the sector.", "late 2023", "2023-H2")]
        [InlineData("Revenue grew in Q3 2024 as expected.", "Q3 2024", "2024-Q3")]
        [InlineData("Revenue grew in the second half of 2022 as expected.", "the second half of 2022", "2022-H2")]
        [InlineData("The rule lands in spring 2025 for all firms.", "spring 2025", "2025-21")]
        [InlineData("Debates in the late 1990s were similar.", "the late 1990s", "1997/1999")]
        public void StatedPartsOfStatedPeriodsAreFuzzy(string body, string expression, string iso)
        {
            var e = Only(body);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Fuzzy, e.Kind);
        }

        [Theory]
        [InlineData("A summary of the marketing memo went out.")]
        [InlineData("市場調査のmarketingチームがmaybeと答えた。")]
        public void MonthNamesInsideLongerWordsAreNoDates(string body)
        {
            // Month names skipped as parts of words (mar in market, may in maybe) must stay no dates.
            Assert.Empty(Events(body));
        }

        [Fact]
        public void AWholeDecadeIsAYearSpan()
        {
            var e = Only("1990年代にはインターネットが広まった。");
            Assert.Equal("1990/1999", e.DateValue!.ToString());
            Assert.Equal(DatePrecision.YearRange, e.Precision);
        }

        [Theory]
        [InlineData("先週、Metaは新しいモデルを公開した。", "先週", "2023-W19")]
        [InlineData("昨年、Metaは新しいモデルを公開した。", "昨年", "2022")]
        [InlineData("今年、Metaは新しいモデルを公開した。", "今年", "2023")]
        [InlineData("来年、Metaは新しいモデルを公開する。", "来年", "2024")]
        [InlineData("先月、Metaは新しいモデルを公開した。", "先月", "2023-04")]
        [InlineData("3日前、Metaは新しいモデルを公開した。", "3日前", "2023-05-17")]
        [InlineData("4年前、Metaは新しいモデルを公開した。", "4年前", "2019")]
        [InlineData("2週間前、Metaは新しいモデルを公開した。", "2週間前", "2023-W18")]
        [InlineData("Metaは2月に最初のモデルを公開した。", "2月", "2023-02")]
        [InlineData("Metaは 2 月に最初のモデルを公開した。", "2 月", "2023-02")]
        [InlineData("昨年末、Metaは新しいモデルを公開した。", "昨年末", "2022-12")]
        [InlineData("Meta made a big move last week in AI.", "last week", "2023-W19")]
        [InlineData("Meta shipped its first model in February to researchers.", "February", "2023-02")]
        [InlineData("Meta shipped it two years ago to researchers.", "two years ago", "2021")]
        [InlineData("Meta shipped it 3 days ago to researchers.", "3 days ago", "2023-05-17")]
        [InlineData("Meta shipped it yesterday to researchers.", "yesterday", "2023-05-19")]
        public void RelativeDatesCountFromTheArticleDateAtTheirUnitsPrecision(string body, string expression, string iso)
        {
            var e = Only(body, May20);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Relative, e.Kind);
            Assert.True(e.Resolved);
            Assert.Contains("2023-05-20", e.Anchor);
        }

        [Fact]
        public void AMonthAfterARelativeYearIsOneExpressionAndTheNextBareMonthFollowsTheArticleDate()
        {
            var events = Events("昨年12月には素案が示され、1月には意見募集が行われた。", PartialDate.FromDay(2024, 3, 15));
            Assert.Equal(new[] { "昨年12月", "1月" }, events.Select(e => e.Expression).ToArray());
            Assert.Equal(new[] { "2023-12", "2024-01" }, events.Select(e => e.DateValue!.ToString()).ToArray());
        }

        [Fact]
        public void ABareMonthTakesTheYearWrittenInItsSentence()
        {
            var events = Events("1999年10月にパネルが開かれ、11月には公聴会が続いた。", May20);
            Assert.Equal("1999-11", events.Single(e => e.Expression == "11月").DateValue!.ToString());
        }

        [Fact]
        public void FiscalYearsAndTheirQuartersAreRead()
        {
            Assert.Equal("2023-Q4", Only("2023年度第4四半期の売上は増えた。").DateValue!.ToString());
        }

        [Fact]
        public void AtTheTimeOfWritingIsNotAReferenceBack()
        {
            Assert.DoesNotContain(Events("In 2019 the lab opened. At the time of writing, it had 5 million users.", May20), e => e.Expression.StartsWith("At the time", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AMonthFromTheLastYearIsNotPutInTheFuture()
        {
            // An article from January 2024 that mentions 12月 means December 2023.
            Assert.Equal("2023-12", Only("12月に新モデルが出た。", PartialDate.FromDay(2024, 1, 15)).DateValue!.ToString());
        }

        [Fact]
        public void TheWeekendIsTheOneJustPast()
        {
            // Wednesday 17 May 2023: the weekend before it closes ISO week 19.
            var e = Only("xAIは週末に新しいモデルを公開した。", PartialDate.FromDay(2023, 5, 17));
            Assert.Equal("週末", e.Expression);
            Assert.Equal("2023-W19", e.DateValue!.ToString());
        }

        [Fact]
        public void TheComingYearsAreARelativePeriodWithTheirLength()
        {
            var e = Only("今後4年間はオープンソースにとって良い時期になる。", PartialDate.FromDay(2024, 12, 10));
            Assert.Equal(TemporalKind.Relative, e.Kind);
            Assert.Equal("2024/2028", e.DateValue!.ToString());
            Assert.Equal("P4Y", e.Duration);
        }

        [Theory]
        [InlineData("先週、Metaは新しいモデルを公開した。")]
        [InlineData("数日前、Llamaが予期せずリリースされた。")]
        [InlineData("xAIは週末に新しいモデルを公開した。")]
        [InlineData("今後4年間は良い時期になる。")]
        [InlineData("Metaは2月に最初のモデルを公開した。")]
        [InlineData("Meta made a big move last week.")]
        [InlineData("当時、私は委員長だった。")]
        public void WithNothingToAnchorThemRelativeDatesStayUnresolved(string body)
        {
            var e = Only(body);
            Assert.Equal(TemporalKind.Relative, e.Kind);
            Assert.False(e.Resolved);
            Assert.Null(e.DateValue);
            Assert.Null(e.Anchor);
        }

        [Fact]
        public void AVagueCountIsNeverGuessedEvenWithADate()
        {
            var e = Only("数日前、Llamaが予期せずリリースされた。", May20);
            Assert.False(e.Resolved);
            Assert.Null(e.DateValue);
        }

        [Fact]
        public void AnaphoraTakeTheirAntecedent()
        {
            var events = Events("1990年代後半にも同様の議論があった。\n\n当時、私は委員長だった。1999年後半に2つの研究を始めた。その年の終わりには結論が出た。\n\n同じ頃、2000年3月に別の発表もあった。");
            var then = events.Single(e => e.Expression == "当時");
            Assert.Equal("1995/1999", then.DateValue!.ToString());
            Assert.Contains("1990年代後半", then.Anchor);
            var yearEnd = events.Single(e => e.Expression == "その年の終わり");
            Assert.Equal("1999-12", yearEnd.DateValue!.ToString());
            Assert.Equal(TemporalKind.Relative, yearEnd.Kind);
            var sameTime = events.Single(e => e.Expression == "同じ頃");
            Assert.Equal("1999", sameTime.DateValue!.ToString());
        }

        [Fact]
        public void ThenAfterADateIsPartOfThatDate()
        {
            var e = Only("2000年1月当時、Linuxはまだ知られていなかった。");
            Assert.Equal("2000年1月当時", e.Expression);
            Assert.Equal(TemporalKind.Absolute, e.Kind);
            Assert.Equal("2000-01", e.DateValue!.ToString());
        }

        [Fact]
        public void ACountBackNextToADateCountsFromThatDate()
        {
            var events = Events("2000年2月3日、私は講演を行い、4年前にIBMが部門を作ったときの話をした。", May20);
            var ago = events.Single(e => e.Expression == "4年前");
            Assert.Equal("1996", ago.DateValue!.ToString());
            Assert.Contains("2000年2月3日", ago.Anchor);
        }

        [Theory]
        [InlineData("プロジェクトは過去20年間で爆発的に増えた。", "過去20年間", "P20Y")]
        [InlineData("OpenAIは12日間のイベントを始めた。", "12日間", "P12D")]
        [InlineData("しかも数週間でやってのける。", "数週間", "PXW")]
        [InlineData("数カ月かかる作業だ。", "数カ月", "PXM")]
        [InlineData("パネルはその後1年間にわたり会合を開いた。", "その後1年間", "P1Y")]
        [InlineData("He worked there for 20 years before retiring.", "for 20 years", "P20Y")]
        [InlineData("It took several weeks to train.", "several weeks", "PXW")]
        public void LengthsAreDurationsNotDates(string body, string expression, string iso)
        {
            var e = Only(body, May20);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(TemporalKind.Duration, e.Kind);
            Assert.Equal(iso, e.Duration);
            Assert.Null(e.DateValue);
        }

        [Theory]
        [InlineData("彼らは1,000万ドルと5,400億のパラメーターで苦労している。")]
        [InlineData("月額200ドルのプランだ。")]
        [InlineData("130億パラメーターのモデルを使う。")]
        [InlineData("GPT-4のようなモデルを構築する。")]
        [InlineData("Llama 3.3が予期せずリリースされた。")]
        [InlineData("講座は9,800円です。")]
        [InlineData("約25倍安価であると主張している。")]
        [InlineData("今必要なのは議論だ。現在のAI開発は最近速い。")]
        [InlineData("明日のコンピューティング・プラットフォームを作る。")]
        [InlineData("The model may improve, and people march on. GPT-4 costs $200 a month.")]
        [InlineData("It has 2024 parameters and 3.5 layers.")]
        public void NumbersThatAreNotDatesAreLeftAlone(string body)
        {
            Assert.Empty(Events(body, May20));
        }

        [Fact]
        public void OffsetsPointIntoTheBodyAndSentenceAndSummaryAreFilled()
        {
            var body = "見出し\n\n先週、Meta は新しいモデルを公開しました。次の文です。";
            var e = Only(body, May20);
            Assert.Equal(e.Expression, body.Substring(e.Start, e.Length));
            Assert.Equal("先週、Meta は新しいモデルを公開しました。", e.Sentence);
            Assert.Equal("Meta は新しいモデルを公開しました。", e.Summary);
            Assert.Equal("t", e.ArticleId);
            Assert.Equal(new[] { "Meta" }, e.Entities);
        }

        // The headline leaves no hole where the date was: the date goes with the particle that tied it to the sentence,
        // and nothing is put between the Japanese characters on either side.
        [Theory]
        [InlineData("同社は2023年5月に新しい方針を示した。", "同社は新しい方針を示した。")]
        [InlineData("規制に関する2021年の議論が再び注目された。", "規制に関する議論が再び注目された。")]
        [InlineData("研究所は2022年から重みの公開を続けている。", "研究所は重みの公開を続けている。")]
        [InlineData("委員会は2024年3月までに報告書をまとめる予定だ。", "委員会は報告書をまとめる予定だ。")]
        [InlineData("委員会は2024年3月までには報告書をまとめる。", "委員会は報告書をまとめる。")]
        [InlineData("その財団は2020年には小さな団体にすぎなかった。", "その財団は小さな団体にすぎなかった。")]
        [InlineData("同社は2024年4月にLlama系の新版を出した。", "同社はLlama系の新版を出した。")]
        [InlineData("開発元 が 2 月に新しい重みを公開した。", "開発元 が新しい重みを公開した。")]
        [InlineData("そして2019年9月、財団は新しい規約を採択した。", "そして財団は新しい規約を採択した。")]
        public void AJapaneseHeadlineDropsTheDateWithItsParticleAndLeavesNoGap(string sentence, string headline)
        {
            var e = Events(sentence, May20).First(ev => ev.Kind != TemporalKind.Duration);
            Assert.Equal(headline, e.Summary);
        }

        // A date bound to the words after it (1年前よりも, a comparison) is part of what is said: it stays.
        [Fact]
        public void AJapaneseDateBoundToWhatFollowsStaysInTheHeadline()
        {
            var e = Only("公開モデルの性能は1年前よりも大きく向上した。", May20);
            Assert.Equal("公開モデルの性能は1年前よりも大きく向上した。", e.Summary);
        }

        [Theory]
        [InlineData("The lab released new weights on May 2, 2023, the company said.", "The lab released new weights, the company said.")]
        [InlineData("The EU AI Act was agreed in December 2023 by the member states.", "The EU AI Act was agreed by the member states.")]
        [InlineData("In 2021, the lab published its first open model.", "The lab published its first open model.")]
        [InlineData("The draft was discussed during March 2024 and then shelved.", "The draft was discussed and then shelved.")]
        public void AnEnglishHeadlineDropsTheDateWithItsPreposition(string sentence, string headline)
        {
            Assert.Equal(headline, Only(sentence).Summary);
        }

        // Without a preposition the date is the subject or the whole line: cutting it would leave no sentence.
        [Fact]
        public void AnEnglishDateThatIsTheSubjectStays()
        {
            Assert.Equal("May 20, 2023 was a busy day for the lab.", Only("May 20, 2023 was a busy day for the lab.").Summary);
        }

        [Fact]
        public void ADatelineInTheTextAnchorsRelativeDatesWhenTheArticleHasNoDate()
        {
            var events = Events("見出し\n\nMay 20, 2023\n\n先週、Meta は新しいモデルを公開しました。");
            var lastWeek = events.Single(e => e.Expression == "先週");
            Assert.Equal("2023-W19", lastWeek.DateValue!.ToString());
            Assert.Contains("May 20, 2023", lastWeek.Anchor);
        }

        [Fact]
        public void TheArticlesOwnDateWinsOverTheOriginalsAndTheDateline()
        {
            var article = ArticleOf("May 20, 2023\n\n昨年、Meta は新しいモデルを公開しました。", PartialDate.FromDay(2025, 1, 2), PartialDate.FromDay(2020, 1, 1));
            Assert.Equal("2024", AnalysisPipeline.Shipped.Events.Extract(article).Single(e => e.Expression == "昨年").DateValue!.ToString());
            article.PublishedValue = null;
            Assert.Equal("2019", AnalysisPipeline.Shipped.Events.Extract(article).Single(e => e.Expression == "昨年").DateValue!.ToString());
        }

        [Fact]
        public void AnAnchorCoarserThanTheUnitLeavesTheDateUnresolved()
        {
            // A year says nothing about which week was "last week".
            var e = Only("先週、Meta は新しいモデルを公開しました。", PartialDate.FromYear(2023));
            Assert.False(e.Resolved);
        }

        [Fact]
        public void EntitiesComeFromTheRecognizerForTheSentence()
        {
            var extractor = new EventExtractor(LanguagePacks.Shipped, new FixedRecognizer("Meta"));
            var e = Assert.Single(extractor.Extract(ArticleOf("2024年4月にMetaはLlama 3を公開した。")));
            Assert.Equal(new[] { "Meta" }, e.Entities);
        }

        private sealed class FixedRecognizer : IEntityRecognizer
        {
            private readonly string _name;

            public FixedRecognizer(string name) => _name = name;

            public IReadOnlyList<EntityMention> FindMentions(string text)
            {
                var at = text.IndexOf(_name, System.StringComparison.Ordinal);
                return at < 0 ? new EntityMention[0] : new[] { new EntityMention(_name, EntityType.Organization, _name, at, _name.Length, true) };
            }

            public string? CanonicalName(string surfaceForm) => surfaceForm == _name ? _name : null;

            public IReadOnlyList<string> AliasesOf(string canonicalName) => canonicalName == _name ? new[] { _name } : new string[0];
        }

        // Wednesday 11 May 2016: ISO week 19 runs from Monday 9 May to Sunday 15 May. A weekday alone is the latest one
        // up to the article's date; one with 先週/next is in that week.
        private static readonly PartialDate May11 = PartialDate.FromDay(2016, 5, 11);

        [Theory]
        [InlineData("同社は月曜日に新方針を示した。", "月曜日", "2016-05-09")]
        [InlineData("結果は金曜に公表された。", "金曜", "2016-05-06")]
        [InlineData("先週の火曜日に障害が起きた。", "先週の火曜日", "2016-05-03")]
        [InlineData("来週水曜日に審議が始まる。", "来週水曜日", "2016-05-18")]
        [InlineData("The firm said on Tuesday that it would appeal.", "Tuesday", "2016-05-10")]
        [InlineData("The board met last Friday to discuss it.", "last Friday", "2016-05-06")]
        [InlineData("A vote is planned for next Monday.", "next Monday", "2016-05-16")]
        [InlineData("投票は次の日曜日に行われる。", "次の日曜日", "2016-05-15")]
        [InlineData("会見はこの金曜日に開く。", "この金曜日", "2016-05-13")]
        public void WeekdaysAreCountedBackFromTheArticlesDateOrInTheWeekNamed(string body, string expression, string iso)
        {
            var e = Only(body, May11);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Relative, e.Kind);
            Assert.NotNull(e.Anchor);
        }

        [Theory]
        [InlineData("会見は8日(日)に開かれた。", "8日(日)", "2016-05-08")]
        [InlineData("会見は29日(金)に開かれた。", "29日(金)", "2016-04-29")]
        [InlineData("締め切りは20日の金曜日だ。", "20日の金曜日", "2016-05-20")]
        [InlineData("政府は27日、指針を公表した。", "27日", "2016-04-27")]
        [InlineData("政府は13日、指針を公表した。", "13日", "2016-05-13")]
        [InlineData("同社は今月15日に公開した。", "今月15日", "2016-05-15")]
        public void ADayWithoutItsMonthFindsTheMonthNearestTheArticlesDate(string body, string expression, string iso)
        {
            var e = Only(body, May11);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
        }

        [Theory]
        [InlineData("会期は5月8日から15日までだ。", "5月8日から15日まで", "2016-05-08/2016-05-15")]
        [InlineData("受付は今月の10日から20日の間に行う。", "今月の10日から20日の間", "2016-05-10/2016-05-20")]
        [InlineData("The meeting runs from May 8 to May 15 in Geneva.", "from May 8 to May 15", "2016-05-08/2016-05-15")]
        [InlineData("休館は12月28日から1月4日まで。", "12月28日から1月4日まで", "2016-12-28/2017-01-04")]
        [InlineData("試験運用は4月から6月まで続いた。", "4月から6月まで", "2016-04/2016-06")]
        [InlineData("展示は来週の水曜日から金曜日まで続く。", "来週の水曜日から金曜日まで", "2016-05-18/2016-05-20")]
        public void ARangeIsOneEventWithAnIntervalValue(string body, string expression, string iso)
        {
            var e = Only(body, May11);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(DatePrecision.Interval, e.DateValue.Precision);
        }

        [Theory]
        [InlineData("展示会は2019年9月3日から6日まで開かれた。", "2019-09-03/2019-09-06")]
        [InlineData("The company lost money from 2019 to 2021.", "2019/2021")]
        [InlineData("同社は2019年から2021年まで赤字だった。", "2019/2021")]
        [InlineData("The summit is on the second Monday of November 2024.", "2024-11-11")]
        [InlineData("2024年の大晦日に配信が始まった。", "2024-12-31")]
        public void WrittenOutRangesOrdinalWeekdaysAndHolidaysNeedNoAnchor(string body, string iso)
        {
            var e = Only(body);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Absolute, e.Kind);
        }

        [Theory]
        [InlineData("次回は6月の第2月曜日に開く。", "2016-06-13")]
        [InlineData("新制度は元日から施行された。", "2016-01-01")]
        [InlineData("昨年のクリスマスに発表された。", "2015-12-25")]
        [InlineData("The rule took effect on New Year's Day.", "2016-01-01")]
        [InlineData("Sales should peak at Thanksgiving.", "2016-11-24")]
        public void YearlessOrdinalWeekdaysAndHolidaysTakeTheArticlesYear(string body, string iso)
        {
            var e = Only(body, May11);
            Assert.Equal(iso, e.DateValue!.ToString());
            Assert.Equal(TemporalKind.Relative, e.Kind);
        }

        // Weeks of a month are the ISO weeks whose Thursday is in it (May 2016 starts on a Sunday: its first week is 2-8 May).
        [Theory]
        [InlineData("出荷は今月の第三週に始まる。", "今月の第三週", "2016-W20")]
        [InlineData("工事は7月の最後の週に終わる。", "7月の最後の週", "2016-W30")]
        [InlineData("新版は2027年の第3週に出る見込みだ。", "2027年の第3週", "2027-W03")]
        [InlineData("復活祭に合わせて発売した。", "復活祭", "2016-03-27")]
        [InlineData("2025年の復活祭に合わせて発売した。", "2025年の復活祭", "2025-04-20")]
        [InlineData("締め切りは来月の二十日だ", "来月の二十日", "2016-06-20")]
        [InlineData("説明会は5/13(金)に開く。", "5/13(金)", "2016-05-13")]
        [InlineData("発表は明後日に予定されている。", "明後日", "2016-05-13")]
        [InlineData("1か月と21日前に新モデルを公開した。", "1か月と21日前", "2016-03-21")]
        [InlineData("同社は2年1か月前に撤退した。", "2年1か月前", "2014-04")]
        public void WeeksHolidaysAndCompoundCountsResolveAgainstTheArticlesDate(string body, string expression, string iso)
        {
            var e = Only(body, May11);
            Assert.Equal(expression, e.Expression);
            Assert.Equal(iso, e.Date!.ToString());
        }

        // A compound count moved past the calendar's last day (found by EventExtractorPropertyTests) names no date; it threw.
        [Fact]
        public void ACompoundCountPastTheCalendarsEndStaysUnresolved()
        {
            var e = Only("同社は2年1か月21日後に撤退する。", PartialDate.FromDay(9998, 12, 31));
            Assert.Null(e.DateValue);
            Assert.False(e.Resolved);
        }

        [Fact]
        public void WeekdaysWithNoArticleDateStayUnresolved()
        {
            var e = Only("同社は水曜日に発表した。");
            Assert.Null(e.DateValue);
            Assert.False(e.Resolved);
        }
    
        // ClaimExtractor hands the events the sentences it cut (keyed by the paragraph's start in the Body): a cut is
        // taken only when its text is the Body's paragraph there, so one that does not fit is split again as before.
        [Fact]
        public void A_callers_sentence_cut_is_taken_only_for_the_paragraph_it_was_made_of()
        {
            const string first = "新モデルは2023年5月1日に発表された。翌週に公開された。";
            const string second = "IBMは2000年1月10日に発表した。その後も続けた。";
            var article = ArticleOf(first + Article.ParagraphSeparator + second);
            var secondStart = first.Length + Article.ParagraphSeparator.Length;
            var alone = AnalysisPipeline.Shipped.Events.Extract(article);
            Assert.Equal("新モデルは2023年5月1日に発表された。", alone.Single(e => e.Expression == "2023年5月1日").Sentence);

            // Each paragraph cut as one sentence: the first cut fits its paragraph, the second was made of other text.
            var split = new Dictionary<int, EventExtractor.SplitParagraph>
            {
                [0] = new EventExtractor.SplitParagraph(first, new[] { new AiDocTools.Text.TextSpan(0, first.Length) }),
                [secondStart] = new EventExtractor.SplitParagraph("別の段落。", new[] { new AiDocTools.Text.TextSpan(0, second.Length) }),
            };
            var handed = AnalysisPipeline.Shipped.Events.Extract(article, split);

            Assert.Equal(first, handed.Single(e => e.Expression == "2023年5月1日").Sentence);
            Assert.Equal(
                alone.Single(e => e.Expression == "2000年1月10日").Sentence,
                handed.Single(e => e.Expression == "2000年1月10日").Sentence);
        }
    }
}
