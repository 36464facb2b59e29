using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml;

namespace AiDocTools.HelpCompiler
{
    /// <summary>Writes cmdlet help as the MAML XML that Get-Help reads for binary modules.</summary>
    internal static class MamlWriter
    {
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static void Write(string path, IEnumerable<CommandHelp> commands)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
            using var xml = XmlWriter.Create(path, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("helpItems", "http://msh");
            xml.WriteAttributeString("schema", "maml");
            foreach (var help in commands)
            {
                WriteCommand(xml, help);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private static void WriteCommand(XmlWriter xml, CommandHelp help)
        {
            xml.WriteStartElement("command", "command", Command);
            xml.WriteAttributeString("xmlns", "maml", null, Maml);
            xml.WriteAttributeString("xmlns", "dev", null, Dev);

            xml.WriteStartElement("command", "details", Command);
            xml.WriteElementString("command", "name", Command, help.Name);
            var dash = help.Name.IndexOf('-');
            xml.WriteElementString("command", "verb", Command, help.Name.Substring(0, dash));
            xml.WriteElementString("command", "noun", Command, help.Name.Substring(dash + 1));
            Paragraphs(xml, "maml", "description", Maml, new[] { help.Synopsis });
            xml.WriteEndElement();

            Paragraphs(xml, "maml", "description", Maml, help.Description);

            xml.WriteStartElement("command", "syntax", Command);
            var sets = help.ParameterSets.Count > 0 ? help.ParameterSets : new List<string> { "(All)" };
            foreach (var set in sets.OrderBy(s => s == help.DefaultParameterSet ? 0 : 1))
            {
                xml.WriteStartElement("command", "syntaxItem", Command);
                xml.WriteElementString("maml", "name", Maml, help.Name);
                foreach (var parameter in help.Parameters.Where(p => p.InSet(set)))
                {
                    WriteParameter(xml, parameter);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in help.Parameters)
            {
                WriteParameter(xml, parameter);
            }

            xml.WriteEndElement();

            WriteTypes(xml, "inputTypes", "inputType", help.Inputs);
            WriteTypes(xml, "returnValues", "returnValue", help.Outputs);

            xml.WriteStartElement("maml", "alertSet", Maml);
            xml.WriteStartElement("maml", "alert", Maml);
            foreach (var note in help.Notes)
            {
                xml.WriteElementString("maml", "para", Maml, note);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("command", "examples", Command);
            foreach (var example in help.Examples)
            {
                xml.WriteStartElement("command", "example", Command);
                xml.WriteElementString("maml", "title", Maml, "-------------------------- " + example.Title + " --------------------------");
                xml.WriteElementString("dev", "code", Dev, example.Code);
                Paragraphs(xml, "dev", "remarks", Dev, example.Remarks);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in help.RelatedLinks)
            {
                xml.WriteStartElement("maml", "navigationLink", Maml);
                xml.WriteElementString("maml", "linkText", Maml, link);
                xml.WriteElementString("maml", "uri", Maml, string.Empty);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void WriteParameter(XmlWriter xml, ParameterHelp parameter)
        {
            xml.WriteStartElement("command", "parameter", Command);
            xml.WriteAttributeString("required", parameter.Required ? "true" : "false");
            xml.WriteAttributeString("variableLength", parameter.Type.EndsWith("[]") ? "true" : "false");
            xml.WriteAttributeString("globbing", parameter.Globbing ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", parameter.PipelineInput);
            xml.WriteAttributeString("position", parameter.Position.ToLowerInvariant() == "named" ? "named" : parameter.Position);
            xml.WriteAttributeString("aliases", string.IsNullOrEmpty(parameter.Aliases) ? "none" : parameter.Aliases);
            xml.WriteElementString("maml", "name", Maml, parameter.Name);
            Paragraphs(xml, "maml", "description", Maml, parameter.Description);
            if (!parameter.IsSwitch)
            {
                xml.WriteStartElement("command", "parameterValue", Command);
                xml.WriteAttributeString("required", "true");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(parameter.Type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, parameter.Type);
            xml.WriteElementString("maml", "uri", Maml, string.Empty);
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", Dev, parameter.DefaultValue);
            xml.WriteEndElement();
        }

        private static void WriteTypes(XmlWriter xml, string listElement, string itemElement, IEnumerable<TypeHelp> types)
        {
            xml.WriteStartElement("command", listElement, Command);
            foreach (var type in types)
            {
                xml.WriteStartElement("command", itemElement, Command);
                xml.WriteStartElement("dev", "type", Dev);
                xml.WriteElementString("maml", "name", Maml, type.Type);
                xml.WriteEndElement();
                Paragraphs(xml, "maml", "description", Maml, type.Description);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static void Paragraphs(XmlWriter xml, string prefix, string element, string ns, IEnumerable<string> paragraphs)
        {
            xml.WriteStartElement(prefix, element, ns);
            foreach (var paragraph in paragraphs)
            {
                xml.WriteElementString("maml", "para", Maml, paragraph);
            }

            xml.WriteEndElement();
        }
    }
}
