using System;
using System.Collections.Generic;
using AiDocTools.Claims;
using AiDocTools.Entities;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiDocTools.Search
{
    /// <summary>What the index holds for one file: the stamp it was indexed at, and its totals for BM25.</summary>
    internal sealed class IndexedFile
    {
        public string Path { get; set; } = string.Empty;

        public long Length { get; set; }

        public long LastWriteUtcTicks { get; set; }

        /// <summary>SHA-256 of the bytes: a file touched but not changed is not read again.</summary>
        public string Sha256 { get; set; } = string.Empty;

        public int Claims { get; set; }

        /// <summary>Sum of the folded lengths of its claims.</summary>
        public long FoldedLength { get; set; }

        /// <summary>Why the file is no article, kept so a broken file is reported every time but read again only once it changes.</summary>
        public Articles.ArticleLoadFailure? Failure { get; set; }

        public string? Error { get; set; }

        public IndexedFile Copy() => (IndexedFile)MemberwiseClone();

        public bool HasStamp(FileStamp stamp) => Length == stamp.Length && LastWriteUtcTicks == stamp.LastWriteUtcTicks;
    }

    /// <summary>
    /// The list of files an index was built from. It is stored as the user data of the Lucene commit itself,
    /// so the index and its manifest are replaced in one atomic step and can never disagree after a crash.
    /// </summary>
    internal sealed class IndexManifest
    {
        public const string CommitDataKey = "aidoctools.manifest";

        // Raise when the stored document layout changes.
        public const int CurrentFormat = 2;

        public int Format { get; set; }

        /// <summary>What wrote the index: the build of the analysis and the entity dictionary it named speakers with.</summary>
        public string Analysis { get; set; } = string.Empty;

        public List<IndexedFile> Files { get; set; } = new List<IndexedFile>();

        /// <summary>Changes with every build of the core (deterministic builds: only when its code changes).</summary>
        internal static string CurrentBuild { get; } = typeof(IndexManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        /// <summary>
        /// The analysis an extractor performs: another build, or a user dictionary that gained an alias, names speakers
        /// and entities differently, so an index written by either is rebuilt rather than answering with old names.
        /// </summary>
        public static string AnalysisOf(ClaimExtractor extractor) =>
            CurrentBuild + "+" + (extractor.EntityRecognizer is EntityRecognizer recognizer
                ? recognizer.Dictionary.Fingerprint
                : extractor.EntityRecognizer?.GetType().FullName ?? "none")
            + PacksOf(extractor.Packs);

        // The build names the shipped packs, which are compiled into it, so an index of the shipped rules keeps the
        // name it always had; one written with packs of the caller's own names them by their digest.
        private static string PacksOf(Rules.LanguagePacks packs) =>
            ReferenceEquals(packs, Rules.LanguagePacks.Shipped) ? string.Empty : "+packs:" + packs.Fingerprint;

        public bool IsWrittenBy(string analysis) => Format == CurrentFormat && Analysis == analysis;

        public static IndexManifest Empty(string analysis) => new IndexManifest { Format = CurrentFormat, Analysis = analysis };

        public string Serialize() => JsonSerializer.Serialize(this);

        public static IndexManifest? Deserialize(string? json)
        {
            if (string.IsNullOrEmpty(json))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<IndexManifest>(json!);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>Claims as stored in the index: the whole object, so a result from disk is the same as one from memory.</summary>
    internal static class ClaimJson
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Converters = { new PartialDateConverter() },
        };

        public static string Serialize(Claim claim) => JsonSerializer.Serialize(claim, Options);

        public static Claim Deserialize(string json) => JsonSerializer.Deserialize<Claim>(json, Options)
            ?? throw new InvalidDataException("A stored claim is empty.");

        private sealed class PartialDateConverter : JsonConverter<PartialDate>
        {
            public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                reader.TokenType == JsonTokenType.Null ? null : PartialDate.Parse(reader.GetString() ?? string.Empty);

            public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value.ToString());
        }
    }
}
