using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace TypedGraph.Build.Tasks.Elf
{
    public enum VersionNeedPatchStatus
    {
        /// <summary>Analysis: the version need is strong and can safely be made weak.</summary>
        Patchable,

        /// <summary>The version need was strong and has been made weak.</summary>
        Patched,

        /// <summary>The version need is already weak: nothing to do.</summary>
        AlreadyWeak,

        /// <summary>The file does not need that version from that library: nothing to do.</summary>
        NotNeeded,

        /// <summary>Symbols other than the allowed ones are bound to the version (or are relocated): weakening would hide a real dependency.</summary>
        Refused,

        /// <summary>Not an ELF64 little-endian file, or a malformed one.</summary>
        Unsupported,
    }

    /// <summary>The outcome of analysing (and possibly patching) one file.</summary>
    public sealed class VersionNeedPatchResult
    {
        internal VersionNeedPatchResult(VersionNeedPatchStatus status, string message, ElfVersionNeedAux? need, IReadOnlyList<string> blockingSymbols)
        {
            Status = status;
            Message = message;
            Need = need;
            BlockingSymbols = blockingSymbols;
        }

        public VersionNeedPatchStatus Status { get; }

        /// <summary>A one-line human-readable explanation.</summary>
        public string Message { get; }

        /// <summary>The Vernaux entry found (as it was before patching); null when none was found.</summary>
        public ElfVersionNeedAux? Need { get; }

        /// <summary>For <see cref="VersionNeedPatchStatus.Refused"/>: the symbols that really need the version.</summary>
        public IReadOnlyList<string> BlockingSymbols { get; }
    }

    /// <summary>
    /// Marks one needed symbol version as weak (VER_FLG_WEAK in vna_flags of its .gnu.version_r entry), so the
    /// dynamic loader only notes it when the host library lacks it instead of refusing to load the file.
    /// That is only sound when nothing actually binds to the version: the check requires that every dynamic
    /// symbol bound to it is one of the allowed marker symbols and that no dynamic relocation refers to it.
    /// </summary>
    public static class VersionNeedPatcher
    {
        public const string LibStdCxx = "libstdc++.so.6";

        public const string Glibcxx3432 = "GLIBCXX_3.4.32";

        /// <summary>std::ios_base_library_init(): a marker GCC 13's &lt;iostream&gt; references but nothing calls.</summary>
        public const string IosBaseLibraryInitMarker = "_ZSt21ios_base_library_initv";

        /// <summary>The TorchSharp case: GLIBCXX_3.4.32 from libstdc++.so.6, needed only by the iostream marker.</summary>
        public static VersionNeedPatchResult Analyze(byte[] image)
            => Analyze(image, LibStdCxx, Glibcxx3432, new[] { IosBaseLibraryInitMarker });

        /// <summary>Decides, without changing anything, whether the need for <paramref name="version"/> from <paramref name="library"/> can be weakened.</summary>
        public static VersionNeedPatchResult Analyze(byte[] image, string library, string version, IEnumerable<string> allowedSymbols)
        {
            if (image is null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            if (allowedSymbols is null)
            {
                throw new ArgumentNullException(nameof(allowedSymbols));
            }

            var none = Array.Empty<string>();
            ElfFile elf;
            IReadOnlyList<ElfVersionNeed> needs;
            try
            {
                elf = ElfFile.Parse(image);
                needs = elf.ReadVersionNeeds();
            }
            catch (ElfFormatException e)
            {
                return new VersionNeedPatchResult(VersionNeedPatchStatus.Unsupported, e.Message, null, none);
            }

            ElfVersionNeedAux? need = needs
                .Where(n => string.Equals(n.File, library, StringComparison.Ordinal))
                .SelectMany(n => n.Versions)
                .FirstOrDefault(v => string.Equals(v.Name, version, StringComparison.Ordinal));
            if (need is null)
            {
                return new VersionNeedPatchResult(VersionNeedPatchStatus.NotNeeded, "does not need " + version + " from " + library, null, none);
            }

            if (need.IsWeak)
            {
                return new VersionNeedPatchResult(VersionNeedPatchStatus.AlreadyWeak, version + " from " + library + " is already a weak need", need, none);
            }

            IReadOnlyList<ElfDynamicSymbol> symbols;
            ISet<int> relocated;
            try
            {
                symbols = elf.ReadDynamicSymbols();
                relocated = elf.ReadRelocatedDynamicSymbolIndices();
            }
            catch (ElfFormatException e)
            {
                return new VersionNeedPatchResult(VersionNeedPatchStatus.Unsupported, e.Message, need, none);
            }

            var allowed = new HashSet<string>(allowedSymbols, StringComparer.Ordinal);
            List<ElfDynamicSymbol> bound = symbols.Where(s => s.VersionIndex == need.VersionIndex).ToList();
            List<string> blocking = bound.Where(s => !allowed.Contains(s.Name)).Select(s => s.Name).ToList();
            if (blocking.Count > 0)
            {
                return new VersionNeedPatchResult(
                    VersionNeedPatchStatus.Refused,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} symbol(s) besides {1} need {2}, so the host's {3} really must provide it: {4}",
                        blocking.Count,
                        string.Join(", ", allowed.OrderBy(a => a, StringComparer.Ordinal)),
                        version,
                        library,
                        string.Join(", ", blocking.Take(10)) + (blocking.Count > 10 ? ", ..." : string.Empty)),
                    need,
                    blocking);
            }

            List<string> used = bound.Where(s => relocated.Contains(s.Index)).Select(s => s.Name).ToList();
            if (used.Count > 0)
            {
                return new VersionNeedPatchResult(
                    VersionNeedPatchStatus.Refused,
                    "a dynamic relocation refers to " + string.Join(", ", used) + "@" + version + ", so the code uses it and the host's " + library + " really must provide it",
                    need,
                    used);
            }

            string which = bound.Count == 0 ? "no symbol" : "only " + string.Join(", ", bound.Select(s => s.Name));
            return new VersionNeedPatchResult(VersionNeedPatchStatus.Patchable, version + " from " + library + ": " + which + " is bound to it and nothing relocates against it, so it can be a weak need", need, none);
        }

        /// <summary>Returns a copy of <paramref name="image"/> with the weak bit set in the analysed need's vna_flags.</summary>
        public static byte[] ApplyTo(byte[] image, VersionNeedPatchResult plan)
        {
            byte[] copy = (byte[])image.Clone();
            WeakFlagBytes(plan, out int at, out byte[] flags);
            copy[at] = flags[0];
            copy[at + 1] = flags[1];
            return copy;
        }

        /// <summary>
        /// The TorchSharp case on a file: analyses it and, when safe and needed, weakens the need. The change is
        /// written to a temporary copy next to the file (so permissions carry over), which then atomically replaces
        /// the file: a hard or symbolic link to another copy (the NuGet cache) is replaced, never written through.
        /// The file keeps its last-write time so MSBuild's incremental copy (size + time) does not copy the
        /// original over the patched file on every build.
        /// </summary>
        public static VersionNeedPatchResult WeakenInFile(string path)
            => WeakenInFile(path, LibStdCxx, Glibcxx3432, new[] { IosBaseLibraryInitMarker });

        public static VersionNeedPatchResult WeakenInFile(string path, string library, string version, IEnumerable<string> allowedSymbols)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            string fullPath = Path.GetFullPath(path);
            byte[] image = File.ReadAllBytes(fullPath);
            VersionNeedPatchResult plan = Analyze(image, library, version, allowedSymbols);
            if (plan.Status != VersionNeedPatchStatus.Patchable)
            {
                return plan;
            }

            WeakFlagBytes(plan, out int at, out byte[] flags);
            string directory = Path.GetDirectoryName(fullPath) ?? ".";
            string temp = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            DateTime lastWrite = File.GetLastWriteTimeUtc(fullPath);
            try
            {
                // File.Copy keeps the Unix permission bits (the .so stays executable); it follows a link to its target's content.
                File.Copy(fullPath, temp, overwrite: false);

                // A read-only original (read-only package folders, hard links into them) gives a read-only copy: make it
                // writable for the one write, then put the attribute back. Renaming over the original needs only the directory.
                FileAttributes attributes = File.GetAttributes(temp);
                bool readOnly = (attributes & FileAttributes.ReadOnly) != 0;
                if (readOnly)
                {
                    File.SetAttributes(temp, attributes & ~FileAttributes.ReadOnly);
                }

                using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    var current = new byte[2];
                    stream.Position = at;
                    if (stream.Length != image.Length || stream.Read(current, 0, 2) != 2 || current[0] != image[at] || current[1] != image[at + 1])
                    {
                        throw new IOException(fullPath + " changed while it was being patched");
                    }

                    stream.Position = at;
                    stream.Write(flags, 0, 2);
                }

                if (readOnly)
                {
                    File.SetAttributes(temp, attributes);
                }

                File.SetLastWriteTimeUtc(temp, lastWrite);
                File.Replace(temp, fullPath, destinationBackupFileName: null);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }

            return new VersionNeedPatchResult(VersionNeedPatchStatus.Patched, "marked the need weak; " + plan.Message, plan.Need, plan.BlockingSymbols);
        }

        private static void WeakFlagBytes(VersionNeedPatchResult plan, out int at, out byte[] flags)
        {
            if (plan.Status != VersionNeedPatchStatus.Patchable || plan.Need is null)
            {
                throw new InvalidOperationException("only a plan with status Patchable can be applied");
            }

            at = checked((int)plan.Need.FlagsFileOffset);
            ushort value = (ushort)(plan.Need.Flags | ElfVersionNeedAux.WeakFlag);
            flags = new[] { (byte)(value & 0xff), (byte)(value >> 8) };
        }
    }
}
