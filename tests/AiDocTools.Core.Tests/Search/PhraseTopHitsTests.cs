using System;
using System.Linq;
using System.Text;
using AiDocTools.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    public sealed class PhraseTopHitsTests
    {
        [Fact]
        public void TheBestHitsOfRandomPhrasesAreExactlyLucenesOwn()
        {
            // A few words with very different frequencies, so phrases repeat within documents, scores tie often and
            // documents of every length match: the cases where passing over a document could go wrong.
            var words = new[] { "a", "a", "a", "a", "b", "b", "c", "d", "e" };
            var random = new Random(20261126);
            using var directory = new RAMDirectory();
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
            {
                Similarity = new BM25Similarity(1.2f, 0.75f),
                MergePolicy = NoMergePolicy.COMPOUND_FILES,
            };
            using (var writer = new IndexWriter(directory, config))
            {
                for (var doc = 0; doc < 3000; doc++)
                {
                    var length = random.Next(1, random.Next(2) == 0 ? 6 : 40);
                    var text = string.Join(" ", Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
                    writer.AddDocument(new Document { new StringField("id", doc.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO), new TextField("text", text, Field.Store.NO) });
                    if (doc % 400 == 399)
                    {
                        // Several segments, and deleted documents in them.
                        writer.DeleteDocuments(new Term("id", random.Next(doc).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        writer.Commit();
                    }
                }
            }

            using var reader = DirectoryReader.Open(directory);
            Assert.True(reader.Leaves.Count > 3);
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
            var compared = 0;
            for (var q = 0; q < 300; q++)
            {
                var phrase = new PhraseQuery();
                var terms = random.Next(2, 5);
                var offset = 0;
                var described = new StringBuilder();
                for (var t = 0; t < terms; t++)
                {
                    var word = words[random.Next(words.Length)];
                    phrase.Add(new Term("text", word), offset);
                    described.Append(word).Append('@').Append(offset).Append(' ');
                    // Mostly neighbours, sometimes a gap, as the sparse pairs of a CJK term leave.
                    offset += random.Next(4) == 0 ? 2 : 1;
                }

                foreach (var count in new[] { 1, 3, 10, 64 })
                {
                    var expected = searcher.Search(phrase, count).ScoreDocs;
                    var actual = PhraseTopHits.Search(searcher, phrase, count).ScoreDocs;
                    Assert.True(
                        expected.Select(d => (d.Doc, d.Score)).SequenceEqual(actual.Select(d => (d.Doc, d.Score))),
                        $"Phrase {described}top {count}: Lucene [{string.Join(", ", expected.Select(d => d.Doc + ":" + d.Score))}], pruned [{string.Join(", ", actual.Select(d => d.Doc + ":" + d.Score))}]");
                    compared += expected.Length;
                }
            }

            Assert.True(compared > 10_000, "The random phrases should find many documents.");
        }
    }
}
