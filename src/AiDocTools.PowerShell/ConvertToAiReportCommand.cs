using System.Management.Automation;
using AiDocTools.Export;

namespace AiDocTools.PowerShell
{
    /// <summary>ConvertTo-AiReport: the dossier of piped articles or claims (or the seeds), as one string to the pipeline.</summary>
    [Cmdlet(VerbsData.ConvertTo, "AiReport")]
    [OutputType(typeof(string))]
    public sealed class ConvertToAiReportCommand : ReportCommand
    {
        // Boxed on purpose, as in Export-AiTimeline (see there).
        private object _format = ReportFormat.Markdown;

        /// <summary>The document format: Markdown (default, readable in the console) or Html.</summary>
        [Parameter(Position = 0)]
        public ReportFormat Format
        {
            get => (ReportFormat)_format;
            set => _format = value;
        }

        protected override void Emit(Report report) => WriteObject(ReportWriters.For(Format).ToText(report));
    }
}
