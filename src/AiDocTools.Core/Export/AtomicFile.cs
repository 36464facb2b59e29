using System;
using System.IO;
using System.Text;
using System.Threading;

namespace AiDocTools.Export
{
    /// <summary>
    /// Writes a file so that readers see either the old content or the complete new content, never a partial file:
    /// the text goes to a temporary file in the same folder (so the final rename stays on one volume), is flushed to disk,
    /// and only then renamed over the target. A failure or cancellation before the rename deletes the temporary file and
    /// leaves the target as it was.
    /// </summary>
    public static class AtomicFile
    {
        private const string TemporaryExtension = ".tmp";

        public static void WriteAllText(string path, string text, bool overwrite, CancellationToken cancellationToken = default) =>
            Write(path, output => output.Write(text), new UTF8Encoding(false, true), overwrite, cancellationToken);

        /// <summary>Writes the file through <paramref name="write"/>.</summary>
        /// <exception cref="TargetFileExistsException">The file exists and <paramref name="overwrite"/> is false; it is left untouched.</exception>
        /// <exception cref="OperationCanceledException">Cancelled before the rename; the target is left untouched.</exception>
        public static void Write(string path, Action<TextWriter> write, Encoding encoding, bool overwrite, CancellationToken cancellationToken = default)
        {
            if (write == null)
            {
                throw new ArgumentNullException(nameof(write));
            }

            var target = Path.GetFullPath(path);
            if (Directory.Exists(target))
            {
                throw new IOException(Message.Format(Messages.TimelineTargetIsFolder, target));
            }

            if (!overwrite && File.Exists(target))
            {
                throw new TargetFileExistsException(target);
            }

            var folder = Path.GetDirectoryName(target) ?? throw new IOException(Message.Format(Messages.TimelineTargetIsFolder, target));
            var temporary = TemporaryPathBeside(folder, Path.GetFileName(target));
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
                {
                    using (var text = new CancellableWriter(new StreamWriter(stream, encoding), cancellationToken))
                    {
                        write(text);
                        text.Flush();
                        stream.Flush(flushToDisk: true);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                Commit(temporary, target, overwrite);
            }
            finally
            {
                DeleteQuietly(temporary);
            }
        }

        /// <summary>The names of the temporary files this class makes for <paramref name="fileName"/>, for cleanup and tests.</summary>
        public static string TemporaryNamePattern(string fileName) => "." + Shorten(fileName) + ".*" + TemporaryExtension;

        private static string TemporaryPathBeside(string folder, string fileName) =>
            Path.Combine(folder, "." + Shorten(fileName) + "." + Path.GetRandomFileName().Replace(".", string.Empty) + TemporaryExtension);

        // File names are limited to 255 characters; the temporary name adds about 18.
        private static string Shorten(string fileName) => fileName.Length > 200 ? fileName.Substring(0, 200) : fileName;

        private static void Commit(string temporary, string target, bool overwrite)
        {
            if (overwrite && File.Exists(target))
            {
                try
                {
                    // A rename over the old file: on every platform the target holds the old or the new content, never neither.
                    File.Replace(temporary, target, null, ignoreMetadataErrors: true);
                    return;
                }
                catch (FileNotFoundException) when (!File.Exists(target))
                {
                    // The old file was removed in the meantime: nothing to replace, so a plain move below.
                }
            }

            try
            {
                // Without overwrite, Move fails when the target exists: a file created meanwhile by someone else is not clobbered.
                File.Move(temporary, target);
            }
            catch (IOException) when (File.Exists(target) && !overwrite)
            {
                throw new TargetFileExistsException(target);
            }
        }

        private static void DeleteQuietly(string file)
        {
            try
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>Checks for cancellation on every write, so a long export stops promptly when the user presses Ctrl+C.</summary>
        private sealed class CancellableWriter : TextWriter
        {
            private readonly TextWriter _inner;
            private readonly CancellationToken _cancellationToken;

            public CancellableWriter(TextWriter inner, CancellationToken cancellationToken)
                : base(System.Globalization.CultureInfo.InvariantCulture)
            {
                _inner = inner;
                _cancellationToken = cancellationToken;
            }

            public override Encoding Encoding => _inner.Encoding;

            public override string NewLine
            {
                get => _inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter is annotated differently across target frameworks.
                set => _inner.NewLine = value;
#pragma warning restore CS8765
            }

            public override void Write(char value)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _inner.Write(value);
            }

            public override void Write(char[] buffer, int index, int count)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _inner.Write(buffer, index, count);
            }

            public override void Write(string? value)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _inner.Write(value);
            }

            public override void Flush() => _inner.Flush();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }

    /// <summary>The target file exists and overwriting was not asked for; the file is untouched.</summary>
    public sealed class TargetFileExistsException : IOException
    {
        public TargetFileExistsException(string path)
            : base(AiDocTools.Message.Format(Messages.TimelineFileExists, path))
        {
            Path = path;
        }

        public string Path { get; }
    }
}
