using System.Collections.Generic;

namespace AiDocTools.HelpCompiler
{
    /// <summary>One cmdlet's help, as read from its Markdown page.</summary>
    internal sealed class CommandHelp
    {
        public string Name { get; set; } = string.Empty;

        public string Synopsis { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();

        public List<string> ParameterSets { get; } = new List<string>();

        public string? DefaultParameterSet { get; set; }

        public List<ExampleHelp> Examples { get; } = new List<ExampleHelp>();

        public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();

        public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();

        public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();

        public List<string> Notes { get; } = new List<string>();

        public List<string> RelatedLinks { get; } = new List<string>();
    }

    internal sealed class ExampleHelp
    {
        public string Title { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        public List<string> Remarks { get; } = new List<string>();
    }

    internal sealed class ParameterHelp
    {
        public string Name { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();

        public string Type { get; set; } = string.Empty;

        /// <summary>The sets the parameter belongs to; "(All)" for every set.</summary>
        public List<string> Sets { get; } = new List<string>();

        public string Aliases { get; set; } = string.Empty;

        public bool Required { get; set; }

        public string Position { get; set; } = "Named";

        public string DefaultValue { get; set; } = "None";

        public string PipelineInput { get; set; } = "False";

        public bool Globbing { get; set; }

        public bool IsSwitch => Type == "SwitchParameter";

        public bool InSet(string set) => Sets.Contains("(All)") || Sets.Contains(set);
    }

    internal sealed class TypeHelp
    {
        public string Type { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();
    }
}
