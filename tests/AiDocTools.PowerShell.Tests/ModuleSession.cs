using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// A runspace of the real PowerShell engine with the built module imported from its manifest,
    /// as a user's session would have it.
    /// </summary>
    public sealed class ModuleSession : IDisposable
    {
        public static readonly string ManifestPath = BuildMetadata.Get("ModuleManifest");

        private readonly Runspace _runspace;

        /// <summary>The session's runspace, for tests that drive a pipeline themselves (progress, stopping).</summary>
        public Runspace Runspace => _runspace;

        public ModuleSession()
        {
            var state = InitialSessionState.CreateDefault2();
            _runspace = RunspaceFactory.CreateRunspace(state);
            _runspace.Open();
            Run($"Import-Module '{ManifestPath.Replace("'", "''")}' -ErrorAction Stop");
        }

        /// <summary>The result of one script: its output, and the errors it wrote without stopping.</summary>
        public sealed class Result
        {
            public Result(IReadOnlyList<PSObject> output, IReadOnlyList<ErrorRecord> errors)
            {
                Output = output;
                Errors = errors;
            }

            public IReadOnlyList<PSObject> Output { get; }

            public IReadOnlyList<ErrorRecord> Errors { get; }

        }

        /// <summary>Runs a script; a terminating error throws, non-terminating ones are returned.</summary>
        public Result Run(string script, IDictionary<string, object>? variables = null)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = _runspace;
            if (variables != null)
            {
                foreach (var pair in variables)
                {
                    _runspace.SessionStateProxy.SetVariable(pair.Key, pair.Value);
                }
            }

            shell.AddScript(script);
            var output = shell.Invoke();
            return new Result(output.ToList(), shell.Streams.Error.ToList());
        }

        /// <summary>
        /// Runs a script but stops it after <paramref name="limit"/> and fails: a guard against hangs on hostile input,
        /// generous enough never to measure speed.
        /// </summary>
        public Result RunWithin(string script, TimeSpan limit)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = _runspace;
            shell.AddScript(script);
            var output = new PSDataCollection<PSObject>();
            var pending = shell.BeginInvoke<PSObject, PSObject>(null, output);
            if (!pending.AsyncWaitHandle.WaitOne(limit))
            {
                shell.Stop();
                throw new TimeoutException($"Still running after {limit.TotalSeconds} s: {script}");
            }

            shell.EndInvoke(pending);
            return new Result(output.ToList(), shell.Streams.Error.ToList());
        }

        public void Dispose() => _runspace.Dispose();
    }

    /// <summary>
    /// Reads an emitted object through PowerShell's own member access, as a user's script would,
    /// so tests never depend on which load context holds the module's types.
    /// </summary>
    public static class PSObjectExtensions
    {
        public static T Get<T>(this PSObject obj, string property)
        {
            var value = obj.Properties[property]?.Value;
            return value is PSObject wrapped ? (T)wrapped.BaseObject : (T)value!;
        }

        public static string? Text(this PSObject obj, string property) => obj.Properties[property]?.Value?.ToString();
    }

    /// <summary>What the build wrote into this assembly: where the module, the host and the repository are.</summary>
    public static class BuildMetadata
    {
        public static string Get(string key) => typeof(BuildMetadata).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
    }

    /// <summary>The console host run as a process of its own, as README's first command runs it.</summary>
    /// <summary>
    /// A separate pwsh process with the module imported: the pinned dotnet local tool (.config/dotnet-tools.json), the
    /// PowerShell a user of the README runs, for what only whole processes show (exit codes, two sessions at once).
    /// </summary>
    public static class PwshProcess
    {
        private static readonly string RepoRoot = BuildMetadata.Get("RepoRoot");

        // `dotnet pwsh` needs the tool restored; `dotnet test` alone on a fresh clone has not done that yet.
        private static readonly Lazy<System.Threading.Tasks.Task> Restored = new Lazy<System.Threading.Tasks.Task>(async () =>
        {
            var (exit, output, error) = await StartAsync(new[] { "tool", "restore" });
            if (exit != 0)
            {
                throw new InvalidOperationException($"dotnet tool restore failed ({exit}):\n{output}\n{error}");
            }
        });

        /// <summary>Runs one command line; <paramref name="cacheFolder"/>, when given, is the index cache it uses, and <paramref name="environment"/> more variables it sees.</summary>
        public static async System.Threading.Tasks.Task<(int ExitCode, string Output, string Error)> RunAsync(string command, string? cacheFolder = null,
            IDictionary<string, string>? environment = null)
        {
            await Restored.Value;
            var script = $"Import-Module '{ModuleSession.ManifestPath.Replace("'", "''")}'; {command}";
            return await StartAsync(new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script }, cacheFolder, environment);
        }

        private static async System.Threading.Tasks.Task<(int ExitCode, string Output, string Error)> StartAsync(string[] arguments, string? cacheFolder = null,
            IDictionary<string, string>? environment = null)
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet")
            {
                // The tool manifest is found from the working folder up.
                WorkingDirectory = RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (cacheFolder != null)
            {
                start.Environment["AIDOCTOOLS_CACHE"] = cacheFolder;
            }

            foreach (var pair in environment ?? new Dictionary<string, string>())
            {
                start.Environment[pair.Key] = pair.Value;
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
    }

    /// <summary>A temporary folder for files a test writes; removed afterwards.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aidoctools-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, byte[] content)
        {
            var file = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
            return file;
        }

        public string Write(string name, string content) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(content));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
