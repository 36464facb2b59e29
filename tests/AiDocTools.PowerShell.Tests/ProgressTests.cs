using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>Long reads show progress at a sensible rate, and Ctrl+C (a pipeline stop) ends them promptly.</summary>
    public sealed class ProgressTests : IDisposable
    {
        private const string Article = "見出し\n\n公開モデルについての本文である。研究者は「公開は重要だ」と述べた。\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        [Fact]
        public void ReadingManyFilesReportsProgressThrottledAndCompletes()
        {
            for (var i = 0; i < 200; i++)
            {
                _folder.Write($"a{i:D3}.txt", Article);
            }

            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = _session.Runspace;
            shell.AddScript($"Get-AiArticle -LiteralPath '{_folder.Path}'");
            var output = shell.Invoke();
            Assert.Equal(200, output.Count);
            var records = shell.Streams.Progress.ToList();
            Assert.NotEmpty(records);
            Assert.True(records.Count < 100, $"{records.Count} progress records for 200 files: not throttled.");
            Assert.Equal(ProgressRecordType.Completed, records.Last().RecordType);
        }

        [Fact]
        public void StoppingThePipelineEndsALongReadPromptly()
        {
            // Enough text that reading all of it takes seconds; the stop comes as soon as the first progress shows.
            var longArticle = Article + string.Concat(Enumerable.Repeat("公開モデルの利点と危険について、研究者と企業の意見は分かれている。\n\n", 600));
            for (var i = 0; i < 500; i++)
            {
                _folder.Write($"b{i:D4}.txt", longArticle);
            }

            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = _session.Runspace;
            // -Language en keeps none of these Japanese articles: the cmdlet writes no output, so only its own check of Stopping can end it early.
            shell.AddScript($"Get-AiArticle -LiteralPath '{_folder.Path}' -Language en; 'finished'");
            using var started = new ManualResetEventSlim();
            shell.Streams.Progress.DataAdded += (_, _) => started.Set();
            var pending = shell.BeginInvoke();
            Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "No progress was reported.");
            shell.Stop();
            Assert.True(pending.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "The pipeline did not stop.");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
