using System.Management.Automation;
using AiDocTools.Export;

namespace AiDocTools.PowerShell
{
    /// <summary>Export-AiReport: the dossier of piped articles or claims (or the seeds), written atomically to a file.</summary>
    [Cmdlet(VerbsData.Export, "AiReport", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(System.IO.FileInfo))]
    public sealed class ExportAiReportCommand : ReportCommand
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        // Boxed on purpose, as in Export-AiTimeline: a field of a Core value type would load Core before the module
        // initializer has told the runtime where it is.
        private object _format = ReportFormat.Html;

        /// <summary>The file to write; a wildcard naming exactly one existing file picks it.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The file to write, exactly as written: [ and * are part of the name.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string LiteralPath { get; set; } = string.Empty;

        /// <summary>The document format: Html (default) or Markdown.</summary>
        [Parameter]
        public ReportFormat Format
        {
            get => (ReportFormat)_format;
            set => _format = value;
        }

        /// <summary>Overwrite the file if it exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>After writing the file, emit it as a FileInfo.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Emit(Report report)
        {
            var writer = ReportWriters.For(Format);
            var file = new DocumentFile(this, "Report");
            var target = file.Resolve(ParameterSetName == LiteralPathSet ? LiteralPath : Path, literal: ParameterSetName == LiteralPathSet);
            if (target == null || !file.CanWrite(target, Force.IsPresent)
                || !ShouldProcess(target, string.Format(Messages.ExportReportAction, Format, report.Sources.Count, report.QuoteCount))
                || !file.Write(target, token => writer.WriteFile(report, target, overwrite: Force.IsPresent, token), Cancelled.Token))
            {
                return;
            }

            WriteVerbose(string.Format(Messages.ReportWritten, target, report.Sources.Count, report.QuoteCount));
            if (PassThru.IsPresent)
            {
                WriteObject(new System.IO.FileInfo(target));
            }
        }
    }
}
