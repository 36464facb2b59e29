using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>
    /// One file read for an index, the same way for every store: its stamp and hash, its claims with their folded text,
    /// or why it is no article. A file touched but not changed (same hash as when indexed) is not analysed again.
    /// </summary>
    internal static class IndexedArticle
    {
        public readonly struct Outcome
        {
            public Outcome(IndexedFile? entry, List<(Claim Claim, string Folded)>? claims)
            {
                Entry = entry;
                Claims = claims;
            }

            /// <summary>What the index keeps about the file; null when the file is gone.</summary>
            public IndexedFile? Entry { get; }

            /// <summary>The claims to replace the file's old ones with; null when its claims stay as they are (touched, not changed, or no article).</summary>
            public List<(Claim Claim, string Folded)>? Claims { get; }
        }

        /// <summary>Runs on any thread, touching nothing shared.</summary>
        public static Outcome Read(FileStamp stamp, IndexedFile? known, ArticleReader reader, ClaimExtractor extractor)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(stamp.Path);
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                return new Outcome(null, null);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new Outcome(Failed(stamp, string.Empty, ArticleLoadFailure.Unreadable, Message.Format(Messages.FileUnreadable, stamp.Path, ex.Message)), null);
            }

            var hash = FileStamp.Hash(bytes);
            if (known != null && known.Sha256 == hash)
            {
                // Touched, not changed (a copy, a checkout): keep its claims, remember the new stamp.
                var touched = known.Copy();
                touched.Length = stamp.Length;
                touched.LastWriteUtcTicks = stamp.LastWriteUtcTicks;
                return new Outcome(touched, null);
            }

            Article article;
            try
            {
                article = reader.Read(bytes, stamp.Path);
            }
            catch (ArticleLoadException ex)
            {
                return new Outcome(Failed(stamp, hash, ex.Failure, ex.Message), null);
            }

            var entry = new IndexedFile { Path = stamp.Path, Length = stamp.Length, LastWriteUtcTicks = stamp.LastWriteUtcTicks, Sha256 = hash };
            var claims = new List<(Claim, string)>();
            foreach (var claim in extractor.Extract(article))
            {
                var folded = FoldedText.Fold(claim.Text, Folding.Search);
                claims.Add((claim, folded));
                entry.Claims++;
                entry.FoldedLength += folded.Length;
            }

            return new Outcome(entry, claims);
        }

        /// <summary>The names a speaker filter tests: the canonical speaker and the speaker as written.</summary>
        public static IEnumerable<string> Speakers(Claim claim) =>
            new[] { claim.Speaker, claim.SpeakerAsWritten }.Concat(claim.SpeakerAliases).Where(v => v != null).Select(v => v!).Distinct(StringComparer.Ordinal);

        private static IndexedFile Failed(FileStamp stamp, string hash, ArticleLoadFailure failure, string message) => new IndexedFile
        {
            Path = stamp.Path,
            Length = stamp.Length,
            LastWriteUtcTicks = stamp.LastWriteUtcTicks,
            Sha256 = hash,
            Failure = failure,
            Error = message,
        };
    }
}
