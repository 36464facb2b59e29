using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AiDocTools.Host
{
    /// <summary>
    /// The smallest PSHost that lets Out-Default render tables, and that shows errors, warnings,
    /// verbose messages and progress on the terminal the way pwsh does.
    /// </summary>
    internal sealed class ConsoleHost : PSHost
    {
        private readonly Guid _id = Guid.NewGuid();
        private readonly ConsoleHostUserInterface _ui = new ConsoleHostUserInterface();

        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

        public override Guid InstanceId => _id;

        public override string Name => "AiDocTools.Host";

        public override PSHostUserInterface UI => _ui;

        public override Version Version => typeof(ConsoleHost).Assembly.GetName().Version ?? new Version(0, 1);

        public int? ExitCode { get; private set; }

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
    }

    internal sealed class ConsoleHostUserInterface : PSHostUserInterface
    {
        private readonly ConsoleRawUserInterface _raw = new ConsoleRawUserInterface();

        public override PSHostRawUserInterface RawUI => _raw;

        public override void Write(string value) => Console.Out.Write(ForOutput(value));

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Console.Out.Write(ForOutput(value));

        public override void WriteLine(string value) => Console.Out.WriteLine(ForOutput(value));

        public override void WriteErrorLine(string value) => Console.Error.WriteLine(Console.IsErrorRedirected ? WithoutEscapes(value) : value);

        // pwsh's own host strips the table headers' colour codes when output goes to a file or a pipe; a custom host
        // must do it itself, or every redirected table carries escape sequences into the next program.
        private static readonly System.Text.RegularExpressions.Regex EscapeSequence =
            new System.Text.RegularExpressions.Regex(@"\u001b\[[0-9;?]*[ -/]*[@-~]", System.Text.RegularExpressions.RegexOptions.Compiled, TimeSpan.FromSeconds(1));

        private static string ForOutput(string value) => Console.IsOutputRedirected ? WithoutEscapes(value) : value;

        private static string WithoutEscapes(string value) => value.IndexOf('\u001b') < 0 ? value : EscapeSequence.Replace(value, string.Empty);

        public override void WriteDebugLine(string message) => Console.Error.WriteLine("DEBUG: " + message);

        public override void WriteVerboseLine(string message) => Console.Error.WriteLine("VERBOSE: " + message);

        public override void WriteWarningLine(string message) => Console.Error.WriteLine("WARNING: " + message);

        // Progress goes to standard error as one line per update, so it never mixes into data on standard output.
        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
            if (record.RecordType == ProgressRecordType.Completed || Console.IsErrorRedirected)
            {
                return;
            }

            Console.Error.WriteLine($"{record.Activity}: {record.StatusDescription} ({record.PercentComplete}%)");
        }

        public override string ReadLine() => Console.ReadLine() ?? string.Empty;

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("This host does not read secrets.");

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("This host does not prompt; pass every mandatory parameter on the command line.");

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => defaultChoice;

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("This host does not prompt for credentials.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("This host does not prompt for credentials.");
    }

    internal sealed class ConsoleRawUserInterface : PSHostRawUserInterface
    {
        // Output that goes to a file or another program is not wrapped at a terminal's width.
        private static readonly int Width = Console.IsOutputRedirected ? 4096 : SafeWindowWidth();

        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override Size BufferSize { get => new Size(Width, 9999); set { } }

        public override Coordinates CursorPosition { get; set; }

        public override int CursorSize { get; set; }

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

        public override bool KeyAvailable => false;

        public override Size MaxPhysicalWindowSize => new Size(Width, 9999);

        public override Size MaxWindowSize => new Size(Width, 9999);

        public override Coordinates WindowPosition { get; set; }

        public override Size WindowSize { get => new Size(Width, 50); set { } }

        public override string WindowTitle { get; set; } = "AiDocTools";

        public override void FlushInputBuffer()
        {
        }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();

        private static int SafeWindowWidth()
        {
            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
            }
            catch (System.IO.IOException)
            {
                return 120;
            }
        }
    }
}
