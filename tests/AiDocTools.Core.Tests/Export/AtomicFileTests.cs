using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AiDocTools.Export;
using Xunit;

namespace AiDocTools.Core.Tests.Export
{
    public sealed class AtomicFileTests : IDisposable
    {
        private static readonly byte[] Original = Encoding.UTF8.GetBytes("original content\n");

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "aidoctools-atomic-" + Guid.NewGuid().ToString("N"));

        public AtomicFileTests()
        {
            Directory.CreateDirectory(_folder);
        }

        private string Target => Path.Combine(_folder, "timeline.md");

        [Fact]
        public void WritesUtf8WithoutAByteOrderMarkAndLeavesNoTemporaryFile()
        {
            AtomicFile.WriteAllText(Target, "年表 timeline", overwrite: false);

            Assert.Equal(Encoding.UTF8.GetBytes("年表 timeline"), File.ReadAllBytes(Target));
            Assert.Equal(new[] { Target }, Directory.GetFiles(_folder));
        }

        [Fact]
        public void RefusesToOverwriteWithoutPermissionAndLeavesTheFileUntouched()
        {
            File.WriteAllBytes(Target, Original);
            var written = false;

            var error = Assert.Throws<TargetFileExistsException>(() =>
                AtomicFile.Write(Target, w => { written = true; w.Write("new"); }, new UTF8Encoding(false), overwrite: false));

            Assert.Equal(Target, error.Path);
            Assert.False(written);
            Assert.Equal(Original, File.ReadAllBytes(Target));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public void OverwritesWhenAsked()
        {
            File.WriteAllBytes(Target, Original);

            AtomicFile.WriteAllText(Target, "replacement", overwrite: true);

            Assert.Equal("replacement", File.ReadAllText(Target));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void AFailureWhileWritingLeavesTheTargetAsItWasAndNoTemporaryFile(bool targetExists)
        {
            if (targetExists)
            {
                File.WriteAllBytes(Target, Original);
            }

            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(
                Target,
                w =>
                {
                    w.Write(new string('x', 200_000)); // past the stream buffer, so part of it is on disk
                    throw new InvalidOperationException("writer failed");
                },
                new UTF8Encoding(false),
                overwrite: true));

            Assert.Equal(targetExists, File.Exists(Target));
            if (targetExists)
            {
                Assert.Equal(Original, File.ReadAllBytes(Target));
            }

            Assert.Equal(targetExists ? 1 : 0, Directory.GetFiles(_folder).Length);
        }

        [Fact]
        public void CancellationMidWriteLeavesTheTargetAsItWasAndNoTemporaryFile()
        {
            File.WriteAllBytes(Target, Original);
            using var cancel = new CancellationTokenSource();

            Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(
                Target,
                w =>
                {
                    for (var i = 0; i < 1000; i++)
                    {
                        w.Write(new string('y', 1000));
                        if (i == 500)
                        {
                            cancel.Cancel(); // as Ctrl+C would, from the cmdlet's StopProcessing
                        }
                    }
                },
                new UTF8Encoding(false),
                overwrite: true,
                cancel.Token));

            Assert.Equal(Original, File.ReadAllBytes(Target));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public void AFolderAtThePathIsAnErrorAndStaysAFolder()
        {
            var folder = Path.Combine(_folder, "sub");
            Directory.CreateDirectory(folder);

            Assert.Throws<IOException>(() => AtomicFile.WriteAllText(folder, "x", overwrite: true));

            Assert.True(Directory.Exists(folder));
            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Fact]
        public void AMissingFolderIsAnErrorAndCreatesNothing()
        {
            var missing = Path.Combine(_folder, "missing", "timeline.md");

            Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(missing, "x", overwrite: false));

            Assert.Empty(Directory.GetFileSystemEntries(_folder));
        }

        [Fact]
        public void ATimelineFileGetsTheWritersByteOrderMark()
        {
            var timeline = TimelineBuilder.Build(new[] { Events.At("2024-04", "メタがLlama 3を公開") });
            var csv = Path.Combine(_folder, "t.csv");
            var json = Path.Combine(_folder, "t.json");

            TimelineWriters.For(TimelineFormat.Csv).WriteFile(timeline, csv, overwrite: false);
            TimelineWriters.For(TimelineFormat.Json).WriteFile(timeline, json, overwrite: false);

            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(csv).Take(3));
            Assert.Equal((byte)'{', File.ReadAllBytes(json)[0]);
            Assert.Equal(TimelineWriters.For(TimelineFormat.Csv).ToText(timeline), File.ReadAllText(csv));
        }

        [Fact]
        public void TemporaryNamesStayWithinTheFileNameLimit()
        {
            var longName = Path.Combine(_folder, new string('n', 240) + ".md");

            AtomicFile.WriteAllText(longName, "x", overwrite: false);

            Assert.Equal("x", File.ReadAllText(longName));
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
