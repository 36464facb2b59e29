using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiDocTools.HelpCompiler
{
    /// <summary>Reads a cmdlet page in platyPS's Markdown layout (## SYNOPSIS, ## SYNTAX, ## PARAMETERS …).</summary>
    internal static class MarkdownHelpReader
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

        public static CommandHelp Read(string path)
        {
            var markdown = File.ReadAllText(path);
            var document = Markdown.Parse(markdown, Pipeline);
            var help = new CommandHelp();
            string section = string.Empty;
            ExampleHelp? example = null;
            ParameterHelp? parameter = null;
            TypeHelp? type = null;

            foreach (var block in document)
            {
                switch (block)
                {
                    case HeadingBlock heading when heading.Level == 1:
                        help.Name = Text(heading.Inline);
                        break;
                    case HeadingBlock heading when heading.Level == 2:
                        section = Text(heading.Inline).ToUpperInvariant();
                        example = null;
                        parameter = null;
                        type = null;
                        break;
                    case HeadingBlock heading when heading.Level == 3:
                        var title = Text(heading.Inline);
                        switch (section)
                        {
                            case "SYNTAX":
                                var isDefault = title.EndsWith("(Default)", StringComparison.Ordinal);
                                var set = title.Replace("(Default)", string.Empty).Trim();
                                help.ParameterSets.Add(set);
                                if (isDefault)
                                {
                                    help.DefaultParameterSet = set;
                                }

                                break;
                            case "EXAMPLES":
                                example = new ExampleHelp { Title = title };
                                help.Examples.Add(example);
                                break;
                            case "PARAMETERS":
                                parameter = title == "CommonParameters" ? null : new ParameterHelp { Name = title.TrimStart('-') };
                                if (parameter != null)
                                {
                                    help.Parameters.Add(parameter);
                                }

                                break;
                            case "INPUTS":
                            case "OUTPUTS":
                                type = new TypeHelp { Type = title };
                                (section == "INPUTS" ? help.Inputs : help.Outputs).Add(type);
                                break;
                        }

                        break;
                    case FencedCodeBlock code:
                        var body = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())).Trim();
                        if (section == "EXAMPLES" && example != null && example.Code.Length == 0)
                        {
                            example.Code = body;
                        }
                        else if (section == "PARAMETERS" && parameter != null && code.Info == "yaml")
                        {
                            ApplyParameterFields(parameter, body);
                        }

                        break;
                    case ParagraphBlock paragraph:
                        AddParagraph(help, section, example, parameter, type, Text(paragraph.Inline));
                        break;
                    case ListBlock list:
                        foreach (var item in list.OfType<ListItemBlock>())
                        {
                            var text = string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => Text(p.Inline)));
                            AddParagraph(help, section, example, parameter, type, "- " + text);
                        }

                        break;
                }
            }

            return help;
        }

        private static void AddParagraph(CommandHelp help, string section, ExampleHelp? example, ParameterHelp? parameter, TypeHelp? type, string text)
        {
            switch (section)
            {
                case "SYNOPSIS":
                    help.Synopsis = help.Synopsis.Length == 0 ? text : help.Synopsis + " " + text;
                    break;
                case "DESCRIPTION":
                    help.Description.Add(text);
                    break;
                case "EXAMPLES":
                    example?.Remarks.Add(text);
                    break;
                case "PARAMETERS":
                    parameter?.Description.Add(text);
                    break;
                case "INPUTS":
                case "OUTPUTS":
                    type?.Description.Add(text);
                    break;
                case "NOTES":
                    help.Notes.Add(text);
                    break;
                case "RELATED LINKS":
                    help.RelatedLinks.Add(text);
                    break;
            }
        }

        private static void ApplyParameterFields(ParameterHelp parameter, string yaml)
        {
            foreach (var line in yaml.Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var key = line.Substring(0, colon).Trim();
                var value = line.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "Type":
                        parameter.Type = value;
                        break;
                    case "Parameter Sets":
                        parameter.Sets.AddRange(value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0));
                        break;
                    case "Aliases":
                        parameter.Aliases = value;
                        break;
                    case "Required":
                        parameter.Required = value.StartsWith("True", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "Position":
                        parameter.Position = value;
                        break;
                    case "Default value":
                        parameter.DefaultValue = value;
                        break;
                    case "Accept pipeline input":
                        parameter.PipelineInput = value;
                        break;
                    case "Accept wildcard characters":
                        parameter.Globbing = value.StartsWith("True", StringComparison.OrdinalIgnoreCase);
                        break;
                }
            }
        }

        private static string Text(ContainerInline? inline)
        {
            if (inline == null)
            {
                return string.Empty;
            }

            var text = new StringBuilder();
            Append(text, inline);
            return text.ToString().Trim();
        }

        private static void Append(StringBuilder text, Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                // Help text names markup and placeholders as text (<script>, .<file>.<random>.tmp): Markdown
                // reads them as raw HTML, which help has no renderer for, so they are written as typed.
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                // A bracket that opens no link ("names with [ or *") stays a delimiter in the tree, its character
                // outside the children.
                case DelimiterInline delimiter:
                    text.Append(delimiter.ToLiteral());
                    foreach (var child in delimiter)
                    {
                        Append(text, child);
                    }

                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(text, child);
                    }

                    break;
            }
        }
    }
}
