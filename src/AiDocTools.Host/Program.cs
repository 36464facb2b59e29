using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Text;

namespace AiDocTools.Host
{
    /// <summary>
    /// aidoctools-host '&lt;command line&gt;' runs one PowerShell command line with the AiDocTools module imported;
    /// with no argument it runs each line of standard input in turn. Exits 1 after a terminating error.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            var manifest = Environment.GetEnvironmentVariable("AIDOCTOOLS_MODULE")
                ?? typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ModuleManifest").Value!;
            if (!File.Exists(manifest))
            {
                Console.Error.WriteLine($"The module manifest '{manifest}' does not exist. Build the solution first: dotnet build");
                return 2;
            }

            var host = new ConsoleHost();
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(new[] { manifest });
            using var runspace = RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
            if (Console.IsOutputRedirected)
            {
                // Colour codes would end up inside files and other programs' input.
                using var plain = PowerShell.Create();
                plain.Runspace = runspace;
                plain.AddScript("$PSStyle.OutputRendering = 'PlainText'").Invoke();
            }

            if (args.Length > 0)
            {
                return Run(runspace, host, string.Join(" ", args));
            }

            var exit = 0;
            string? line;
            while ((line = Console.In.ReadLine()) != null)
            {
                if (line.Trim().Length > 0)
                {
                    exit = Math.Max(exit, Run(runspace, host, line));
                }
            }

            return exit;
        }

        private static int Run(Runspace runspace, ConsoleHost host, string commandLine)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(commandLine);
            shell.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
            shell.AddCommand("Out-Default");
            Console.CancelKeyPress += Stop;
            try
            {
                shell.Invoke();
                return host.ExitCode ?? 0;
            }
            catch (RuntimeException ex)
            {
                Console.Error.WriteLine(ex.ErrorRecord?.ToString() ?? ex.Message);
                return 1;
            }
            finally
            {
                Console.CancelKeyPress -= Stop;
            }

            void Stop(object? sender, ConsoleCancelEventArgs e)
            {
                e.Cancel = true;
                shell.BeginStop(null, null);
            }
        }
    }
}
