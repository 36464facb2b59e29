using System;
using System.IO;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Entities;
using AiDocTools.Rules;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public class EntityRecognizerTests
    {
        private static readonly EntityRecognizer Recognizer = AnalysisPipeline.Shipped.Entities;

        [Theory]
        [InlineData("マーク・ザッカーバーグ氏は述べた。", "マーク・ザッカーバーグ氏")]
        [InlineData("ザッカーバーグは公開を決めた。", "ザッカーバーグ")]
        [InlineData("Zuckerberg said so.", "Zuckerberg")]
        [InlineData("マーク ザッカーバーグ氏が語った", "マーク ザッカーバーグ氏")]
        [InlineData("ﾏｰｸ･ｻﾞｯｶｰﾊﾞｰｸﾞ氏が語った", "ﾏｰｸ･ｻﾞｯｶｰﾊﾞｰｸﾞ氏")]
        public void EveryScriptOfANameMapsToOneCanonicalName(string text, string asWritten)
        {
            var mention = Assert.Single(Recognizer.FindMentions(text), m => m.Known);
            Assert.Equal("Mark Zuckerberg", mention.Name);
            Assert.Equal(EntityType.Person, mention.Type);
            Assert.Equal(asWritten, mention.AsWritten);
        }

        [Theory]
        [InlineData("メタデータを整備する。")]
        [InlineData("メタバースの時代だ。")]
        [InlineData("The metadata was removed.")]
        [InlineData("Metaverse plans were shelved.")]
        [InlineData("a meta-analysis of studies")]
        public void MetaInsideAnotherWordIsNotTheCompany(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.Name == "Meta");
        }

        [Theory]
        [InlineData("メタは新モデルを公開した。", "メタ")]
        [InlineData("米メタ社が発表した。", "メタ社")]
        [InlineData("MetaのLlama", "Meta")]
        public void MetaAsAWordIsTheCompany(string text, string asWritten)
        {
            Assert.Contains(Recognizer.FindMentions(text), m => m.Name == "Meta" && m.AsWritten == asWritten);
        }

        [Theory]
        [InlineData("数日前、Llama 3.3が公開された。", "Llama 3.3")]
        [InlineData("MetaはLlama 3のリリースと共に", "Llama 3")]
        [InlineData("Llamaモデルを公開", "Llama")]
        [InlineData("GPT-4oと比べて", "GPT-4o")]
        [InlineData("GPT-4を強化する", "GPT-4")]
        [InlineData("Llama2 was released", "Llama 2")]
        public void TheLongestNameWins(string text, string expected)
        {
            var mentions = Recognizer.FindMentions(text).Where(m => m.Type == EntityType.Model).ToList();
            var mention = Assert.Single(mentions);
            Assert.Equal(expected, mention.Name);
        }

        [Fact]
        public void AcronymsAndCapitalisedNamesNeedTheirCapitals()
        {
            Assert.Contains(Recognizer.FindMentions("CLIPモデルです"), m => m.Name == "CLIP");
            Assert.DoesNotContain(Recognizer.FindMentions("a paper clip and an apple"), m => m.Known);
            Assert.Contains(Recognizer.FindMentions("Apple and xAI"), m => m.Name == "Apple");
            Assert.DoesNotContain(Recognizer.FindMentions("XAI means explainable AI"), m => m.Name == "xAI");
        }

        [Fact]
        public void TitledOnlyFormsNeedTheirTitle()
        {
            Assert.DoesNotContain(Recognizer.FindMentions("マスクを着用する"), m => m.Name == "Elon Musk");
            Assert.Contains(Recognizer.FindMentions("マスク氏は反対した"), m => m.Name == "Elon Musk" && m.AsWritten == "マスク氏");
            Assert.Contains(Recognizer.FindMentions("エコノミスト誌は説明しています"), m => m.Name == "The Economist");
            Assert.DoesNotContain(Recognizer.FindMentions("あるエコノミストは"), m => m.Name == "The Economist");
        }

        [Fact]
        public void AFigurativeAwardIsNotTheAward()
        {
            Assert.DoesNotContain(Recognizer.FindMentions("コンピューティング界のノーベル賞と呼ばれる"), m => m.Name == "Nobel Prize");
            Assert.Contains(Recognizer.FindMentions("ヒントン氏はノーベル賞を受賞した"), m => m.Name == "Nobel Prize");
        }

        [Theory]
        [InlineData("OpenAIは月額20ドルのPlusに加えてProプランを始めた。", "Pro", "ChatGPT Pro")]
        [InlineData("OpenAIは新しいTeamプランを発表した。", "Team", "ChatGPT Team")]
        [InlineData("AnthropicはOpusとHaikuを更新した。", "Opus", "Claude Opus")]
        [InlineData("Googleは軽量なFlashモデルを公開し、OpenAIはProを値上げした。", "Flash", "Gemini Flash")]
        [InlineData("Googleは軽量なFlashモデルを公開し、OpenAIはProを値上げした。", "Pro", "ChatGPT Pro")]
        [InlineData("ChatGPT Plus and Pro subscribers get the new model first.", "Pro", "ChatGPT Pro")]
        [InlineData("Users of Claude can now pay for Pro, Anthropic said.", "Pro", "Claude Pro")]
        [InlineData("OpenAI launched a $200-a-month Pro tier on Thursday, and Plus stays at $20.", "Plus", "ChatGPT Plus")]
        [InlineData("OpenAI launched a $200-a-month Pro tier on Thursday, and Plus stays at $20.", "Pro", "ChatGPT Pro")]
        [InlineData("Prices changed this week.\nOpenAI raised the price of Pro again.", "Pro", "ChatGPT Pro")]
        public void ATierNameCountsBesideItsOwner(string text, string asWritten, string name)
        {
            var mention = Assert.Single(Recognizer.FindMentions(text), m => m.AsWritten == asWritten);
            Assert.Equal(name, mention.Name);
            Assert.True(mention.Known);
        }

        [Theory]
        [InlineData("新しいProサブスクリプションは月額200ドルだ。")]
        [InlineData("OpenAIの発表は話題になった。Proプランは高すぎるという声もある。")]
        [InlineData("OpenAI engineers still write code on a MacBook Pro.")]
        [InlineData("OpenAIのアプリはiPhone 16 Proでも動く。")]
        [InlineData("Google phones such as the Pixel 9 Pro ship with it.")]
        [InlineData("The pros and cons of OpenAI's pricing were debated.")]
        [InlineData("Pro tip: OpenAI lets you export your chats.")]
        [InlineData("MicrosoftはProを発表した。")]
        [InlineData("OpenAIは値上げした\nProの契約者には知らされなかった")]
        public void ATierNameWithoutItsOwnerOrInsideAnotherNameIsNothing(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.AsWritten.Trim() == "Pro");
        }

        [Fact]
        public void TierNamesAreNotFormsOfTheirOwnOnlyInContext()
        {
            Assert.Null(Recognizer.CanonicalName("Pro"));
            Assert.DoesNotContain("Pro", Recognizer.AliasesOf("ChatGPT Pro"));
            Assert.Contains(Recognizer.FindMentions("ChatGPT Proを契約した"), m => m.Name == "ChatGPT Pro" && m.AsWritten == "ChatGPT Pro");
        }

        [Theory]
        [InlineData("Open Weights in Practice: Licences, Audits, and Trust\n\n(実践におけるオープンウェイト:ライセンス、監査、そして信頼)\n\n本文です。",
            "Open Weights in Practice: Licences, Audits, and Trust", "実践におけるオープンウェイト:ライセンス、監査、そして信頼")]
        [InlineData("先日読んだ Scaling Laws for Small Models: A Field Guide（小型モデルのスケーリング則：現場の手引き）が面白かった。",
            "Scaling Laws for Small Models: A Field Guide", "小型モデルのスケーリング則：現場の手引き")]
        [InlineData("論文『Model Cards Revisited: What Users Need to Know』を読んだ。", "Model Cards Revisited: What Users Need to Know", null)]
        public void ATitleWithASubtitleIsOnePublicationAndItsRenderingAnAlias(string text, string title, string? rendering)
        {
            var mentions = Recognizer.FindMentions(text).Where(m => m.Name == title).ToList();
            Assert.Contains(mentions, m => m.AsWritten == title && m.Type == EntityType.Publication && !m.Known);
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.Name != title && title.Contains(m.AsWritten));
            if (rendering != null)
            {
                Assert.Contains(mentions, m => m.AsWritten == rendering);
            }
        }

        [Theory]
        [InlineData("Note: this is a draft and may change later.")]
        [InlineData("Update: Meta said on Friday that it would release the weights.")]
        [InlineData("Update: Meta Releases New Open Weights Today")]
        [InlineData("Editor's Note: This Story Has Been Updated")]
        [InlineData("Q&A: What Open Models Mean for You")]
        [InlineData("Mark Zuckerberg: We Are Going to Open Source Everything")]
        [InlineData("Zuckerberg: We Will Keep Building Open Models")]
        [InlineData("As the report put it, Open Models: Safer Than You Think, and so on.")]
        [InlineData("The meeting starts at 10:30 Tokyo Time Every Day")]
        public void ASentenceOrLabelWithAColonIsNoTitle(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.Type == EntityType.Publication && m.AsWritten.Contains(":"));
        }

        [Fact]
        public void ABracketAfterATitleThatIsNotARenderingStaysOut()
        {
            const string text = "Open Weights in Practice: Licences, Audits, and Trust\n\n(see page 4)\n";
            Assert.All(Recognizer.FindMentions(text), m => Assert.DoesNotContain("page", m.AsWritten));
            Assert.Contains(Recognizer.FindMentions(text), m => m.AsWritten == "Open Weights in Practice: Licences, Audits, and Trust");
        }

        [Theory]
        [InlineData("同省は、大学と企業の研究者を招いた医療データ活用のための機械学習に関するタスクフォースを発足させた。", "医療データ活用のための機械学習に関するタスクフォース")]
        [InlineData("OpenAIのフロンティア モデル評価に関する諮問委員会が報告した。", "フロンティア モデル評価に関する諮問委員会")]
        [InlineData("日本オープンモデル協会のAIガバナンスに関する研究会が発足した。", "AIガバナンスに関する研究会")]
        [InlineData("政府は人工知能倫理に関する専門委員会の初会合を開いた。", "人工知能倫理に関する専門委員会")]
        [InlineData("2020年に、クラウド セキュリティのためのオープン標準に関するワーキング・グループが発足した。", "クラウド セキュリティのためのオープン標準に関するワーキング・グループ")]
        public void ACommitteeNamedByItsSubjectIsAnOrganization(string text, string name)
        {
            // Its owner (日本オープンモデル協会の…) may be an organisation of its own, but never part of the committee's name.
            var organizations = Recognizer.FindMentions(text).Where(m => m.Type == EntityType.Organization && !m.Known).ToList();
            var mention = Assert.Single(organizations, m => m.AsWritten.Contains(name.Substring(name.Length - 3)));
            Assert.Equal(name, mention.AsWritten);
            Assert.Equal(name, mention.Name);
        }

        [Theory]
        [InlineData("委員会は声明を出した。")]
        [InlineData("この委員会は解散した。")]
        [InlineData("同委員会の結論に関する議論が続いた。")]
        [InlineData("AIに関する委員会が開かれた。")]
        [InlineData("オープンソース ソフトウェアに関する議論が続いた。")]
        [InlineData("データセンター電力のためのソーラーパネルを設置した。")]
        [InlineData("オープンソース ソフトウェアに関するパネルディスカッションに登壇した。")]
        [InlineData("使い方に関するソフトウェア開発研究会を開いた。")]
        public void AGenericOrDescribedBodyIsNoName(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.Type == EntityType.Organization && !m.Known);
        }

        [Theory]
        [InlineData("大規模言語モデル(Large Language Models)は急速に普及した。", null)]
        [InlineData("学習済みモデル(Trained Models)を配布する。", null)]
        [InlineData("ナズニーン・ラジャニ氏(Nazneen Rajani)は述べた。", "Nazneen Rajani")]
        [InlineData("ジョン・スミス(John Smith)が書いた。", "John Smith")]
        [InlineData("孫正義(Masayoshi Son)は投資を続ける。", "Masayoshi Son")]
        public void EnglishInBracketsAfterJapaneseIsAPersonOnlyAfterItsTransliteration(string text, string? person)
        {
            var found = Recognizer.FindMentions(text).Where(m => m.Type == EntityType.Person && text.IndexOf("(" + m.AsWritten + ")", StringComparison.Ordinal) >= 0).ToList();
            if (person == null)
            {
                Assert.Empty(found);
            }
            else
            {
                Assert.Contains(found, m => m.Name == person);
            }
        }

        [Fact]
        public void OffsetsPointIntoTheOriginalText()
        {
            const string text = "先週、ＭＥＴＡではなくMeta は　サティア・ナデラ氏と会った。";
            foreach (var mention in Recognizer.FindMentions(text))
            {
                Assert.Equal(mention.AsWritten, text.Substring(mention.Start, mention.Length));
            }

            var nadella = Assert.Single(Recognizer.FindMentions(text), m => m.Name == "Satya Nadella");
            Assert.Equal(text.IndexOf("サティア", StringComparison.Ordinal), nadella.Start);
            Assert.Equal("サティア・ナデラ氏", nadella.AsWritten);
        }

        [Fact]
        public void NamesInsideAddressesAreNotMentions()
        {
            var mentions = Recognizer.FindMentions("モデル→https://huggingface.co/Mitsua/mitsua-japanese-clip-vit-b-16");
            Assert.Empty(mentions);
        }

        [Fact]
        public void CanonicalNameAcceptsAnyFormAndSuffix()
        {
            Assert.Equal("Mark Zuckerberg", Recognizer.CanonicalName("ザッカーバーグ氏"));
            Assert.Equal("Mark Zuckerberg", Recognizer.CanonicalName("マーク ザッカーバーグ"));
            Assert.Equal("The Economist", Recognizer.CanonicalName("エコノミスト誌"));
            Assert.Equal("Meta", Recognizer.CanonicalName("メタ社"));
            Assert.Null(Recognizer.CanonicalName("Nobody In Particular"));
        }

        [Fact]
        public void AliasesOfGivesEveryScriptForSearch()
        {
            var aliases = Recognizer.AliasesOf("Mark Zuckerberg");
            Assert.Contains("Mark Zuckerberg", aliases);
            Assert.Contains("マーク・ザッカーバーグ", aliases);
            Assert.Contains("マークザッカーバーグ", aliases);
            Assert.Contains("ザッカーバーグ", aliases);
            Assert.Empty(Recognizer.AliasesOf("Nobody In Particular"));
        }

        [Theory]
        [InlineData("研究責任者である Nazneen Rajani 氏は述べています。", "Nazneen Rajani", EntityType.Person)]
        [InlineData("ラジャニ氏は投稿をした。", "ラジャニ", EntityType.Person)]
        [InlineData("田中専務\n\nこれは何ですか", "田中専務", EntityType.Person)]
        [InlineData("拓海さん、この論文は", "拓海", EntityType.Person)]
        [InlineData("Luらの研究では", "Lu et al.", EntityType.Person)]
        [InlineData("写真を掲載するPlayBoy誌を買う", "PlayBoy", EntityType.Publication)]
        [InlineData("翻訳協力 : 吉田行男\n", "吉田行男", EntityType.Person)]
        [InlineData("NYタイムズの記事「How Open Models Won」によると", "How Open Models Won", EntityType.Publication)]
        [InlineData("私は大統領情報技術諮問委員会(PITAC)の委員長でした。", "大統領情報技術諮問委員会", EntityType.Organization)]
        [InlineData("xAIはGrok 5を公開した", "Grok 5", EntityType.Model)]
        public void NamesMissingFromTheDictionaryAreFoundByTheirShape(string text, string name, EntityType type)
        {
            var unknown = Recognizer.FindMentions(text).Where(m => !m.Known).ToList();
            Assert.NotEmpty(unknown);
            Assert.All(unknown, m => Assert.Equal(name, m.Name));
            var mention = unknown[0];
            Assert.Equal(type, mention.Type);
            Assert.Equal(mention.AsWritten, text.Substring(mention.Start, mention.Length));
        }

        [Theory]
        [InlineData("皆さん、こんにちは。")]
        [InlineData("同氏は述べた。")]
        [InlineData("ユーザーさんの声")]
        [InlineData("What do you think?")]
        [InlineData("ChatGPT 2月に公開")]
        public void CommonWordsWithHonorificsOrCapitalsAreNotNames(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => !m.Known);
        }

        [Fact]
        public void AnAcronymDefinedInTheTextCountsForItsName()
        {
            const string text = "Linux Foundation(LF)は成長した。LFの範囲は広い。";
            var mentions = Recognizer.FindMentions(text).Where(m => m.Name == "Linux Foundation").ToList();
            Assert.Equal(new[] { "Linux Foundation", "LF", "LF" }, mentions.Select(m => m.AsWritten));
        }

        [Fact]
        public void AFirstNameBeforeAKnownSurnameJoinsTheMention()
        {
            var mention = Assert.Single(Recognizer.FindMentions("イリヤ・スツケバー氏によれば"));
            Assert.Equal("Ilya Sutskever", mention.Name);
            Assert.True(mention.Known);
        }

        [Fact]
        public void AUserDictionaryAddsEntitiesAndAliases()
        {
            var file = Path.Combine(Path.GetTempPath(), "aidoctools-entities-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(file, "{ \"entities\": [ { \"name\": \"Masamune Sakaki\", \"type\": \"person\", \"aliases\": [\"榊正宗\"] }, { \"name\": \"Meta\", \"type\": \"Organization\", \"aliases\": [\"メタ・プラットフォームズ社\", \"Facebook社\"] } ] }");
            try
            {
                var recognizer = new EntityRecognizer(EntityDictionary.Shipped.Merge(EntityDictionary.Load(file)), LanguagePacks.Shipped);
                Assert.Contains(recognizer.FindMentions("こんばんは、榊正宗です。"), m => m.Name == "Masamune Sakaki" && m.Known);
                Assert.Equal("Meta", recognizer.CanonicalName("Facebook社"));
                Assert.Contains("メタ", recognizer.AliasesOf("Meta"));
                Assert.Equal(EntityDictionary.Shipped.Entities.Count + 1, recognizer.Dictionary.Entities.Count);
                Assert.Null(AnalysisPipeline.Shipped.Entities.CanonicalName("榊正宗"));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void AMalformedUserDictionarySaysWhatIsWrong()
        {
            var file = Path.Combine(Path.GetTempPath(), "aidoctools-entities-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(file, "{ \"entities\": [ { \"name\": \"X\", \"type\": \"Planet\" } ] }");
            try
            {
                var error = Assert.Throws<InvalidDataException>(() => EntityDictionary.Load(file));
                Assert.Contains("Planet", error.Message);
                File.WriteAllText(file, "{ \"entities\": [ { \"name\": ");
                Assert.Throws<InvalidDataException>(() => EntityDictionary.Load(file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void TheShippedDictionaryIsWellFormed()
        {
            var entities = EntityDictionary.Shipped.Entities;
            Assert.True(entities.Count >= 300, $"only {entities.Count} entities");
            Assert.Equal(entities.Count, entities.Select(e => e.Name.ToLowerInvariant()).Distinct().Count());
            foreach (Enum type in Enum.GetValues(typeof(EntityType)))
            {
                Assert.Contains(entities, e => e.Type.Equals(type));
            }

            // Every alias leads back to its own entity, so no two entities claim one form.
            var owners = entities.SelectMany(e => e.Aliases.Select(a => (Key: NameText.Key(a), e.Name)))
                .GroupBy(p => p.Key).Where(g => g.Select(p => p.Name).Distinct().Count() > 1).Select(g => g.Key).ToList();
            Assert.Empty(owners);
        }

        [Fact]
        public void FindMentionsNeverThrowsAndAsWrittenIsTheTextAtTheOffsets()
        {
            var pieces = Gen.OneOfConst("Meta", "メタ", "・", " ", "氏", "さん", "Llama", " 3", ".3", "GPT-4", "o", "マーク", "ザッカーバーグ",
                "「", "」", "記事", "(", ")", "PITAC", "委員会", "Luら", "の", "\n", "ﾒﾀ", "ｻﾞｯｶｰﾊﾞｰｸﾞ", "ヴ", "ァ", "=", "http://x.com/", "Are Open", "Safe?", "OpenAI", "Pro", "Flash", "Google", "に関する", "のための", "パネル", "ソフトウェア", "Pretrained AI Models", ":", ", and", "Change", "(事前学習)", "😀", "\uD83D", "誌", "社長", "\u3000");
            var text = Gen.OneOf(
                Gen.String,
                Gen.Char.Array[0, 40].Select(cs => new string(cs)),
                pieces.Array[0, 30].Select(ps => string.Concat(ps)));
            text.Sample(t =>
            {
                foreach (var mention in Recognizer.FindMentions(t))
                {
                    Assert.True(mention.Start >= 0 && mention.Length > 0 && mention.Start + mention.Length <= t.Length);
                    Assert.Equal(mention.AsWritten, t.Substring(mention.Start, mention.Length));
                    Assert.False(string.IsNullOrWhiteSpace(mention.Name));
                }
            }, iter: 10_000);
        }

        [Fact]
        public void TheLinkScreenLetsByEveryTextTheLinkPatternMatchesIn()
        {
            // The addresses are looked for only in a text the screen lets by: it must never turn away one the pattern matches.
            var link = new System.Text.RegularExpressions.Regex(EntityRecognizer.LinkPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            var pieces = Gen.OneOfConst("http", "s", "://", "www", ".", "example", "-", "co", "m", "jp", "io", "ai", "tv", "x", "7", " ", "/", "の", "e.g", "U.S.", "a", "\n");
            var matched = 0;
            pieces.Array[0, 12].Select(ps => string.Concat(ps)).Sample(text =>
            {
                var matches = link.IsMatch(text);
                if (matches)
                {
                    System.Threading.Interlocked.Increment(ref matched);
                }

                return !matches || EntityRecognizer.MayHoldLink(text);
            }, iter: 10_000);
            Assert.True(matched > 100);
            Assert.False(EntityRecognizer.MayHoldLink("OpenAIは新しいモデルを発表した。U.S. officials said so. It cost 3.5 dollars."));
        }
    }
}
