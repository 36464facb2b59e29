using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    public sealed class FileStampTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "aidoctools-stamp-" + Guid.NewGuid().ToString("N"));

        public FileStampTests()
        {
            Directory.CreateDirectory(_root);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        [Fact]
        public void EveryKindOfPathGetsTheStampFileInfoGives()
        {
            var paths = new List<string>();
            string Add(string name, string text, DateTime? written = null)
            {
                var path = Path.Combine(_root, name);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                if (written != null)
                {
                    File.SetLastWriteTimeUtc(path, written.Value);
                }

                paths.Add(path);
                return path;
            }

            var plain = Add("plain.txt", "著作権の話。");
            Add("empty.txt", string.Empty);
            Add("日本語の名前 with spaces.md", "本文");
            Add("old.txt", "古い", new DateTime(1969, 7, 20, 20, 17, 40, 123, DateTimeKind.Utc).AddTicks(4567));
            Add("future.txt", "未来", new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1));
            Add("big.txt", new string('あ', 100_000));
            paths.Add(Path.Combine(_root, "missing.txt"));
            paths.Add(_root);
            paths.Add(Path.Combine(_root, "sub", "..", "plain.txt"));
            paths.Add(plain + Path.DirectorySeparatorChar);
            paths.Add(string.Empty);
            paths.Add("relative-" + Guid.NewGuid().ToString("N") + ".txt");
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                var link = Path.Combine(_root, "link.txt");
                File.CreateSymbolicLink(link, plain);
                var dangling = Path.Combine(_root, "dangling.txt");
                File.CreateSymbolicLink(dangling, Path.Combine(_root, "nowhere.txt"));
                var folderLink = Path.Combine(_root, "folder-link");
                Directory.CreateSymbolicLink(folderLink, _root);
                paths.AddRange(new[] { link, dangling, folderLink });
            }

            foreach (var path in paths)
            {
                var expected = FileStamp.ReadFileInfo(path);
                var actual = FileStamp.Read(path);
                Assert.True(expected.HasValue == actual.HasValue, $"{path}: FileInfo {expected.HasValue}, read {actual.HasValue}");
                if (expected.HasValue)
                {
                    Assert.Equal(expected.Value.Length, actual!.Value.Length);
                    Assert.Equal(expected.Value.LastWriteUtcTicks, actual.Value.LastWriteUtcTicks);
                }
            }
        }

        [Fact]
        public void OnLinuxTheStampComesFromStatxNotFromFileInfo()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                Assert.False(LinuxFileStatus.TryRead(Path.Combine(_root, "x"), out _, out _));
                return;
            }

            var path = Path.Combine(_root, "a.txt");
            File.WriteAllText(path, "著作権の話。", new UTF8Encoding(false));
            Assert.True(LinuxFileStatus.TryRead(path, out var length, out var ticks));
            Assert.Equal(new FileInfo(path).Length, length);
            Assert.Equal(new FileInfo(path).LastWriteTimeUtc.Ticks, ticks);
            Assert.True(LinuxFileStatus.Available);
        }
    }
}
