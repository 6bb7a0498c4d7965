using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace TypedGraph.Build.Tests
{
    /// <summary>A dynamic symbol of a crafted ELF: its name, the version it needs from libstdc++.so.6 (null: unversioned), and whether a relocation refers to it.</summary>
    internal sealed record TestSymbol(string Name, string? Version, bool Relocated = false);

    /// <summary>
    /// Builds small but well-formed ELF64 little-endian shared objects: an ELF header, section headers and the
    /// dynamic-linking sections the patcher reads (.dynstr, .dynsym, .gnu.version, .gnu.version_r or
    /// .gnu.version_d, .rela.dyn, .shstrtab). No program headers or code: nothing here is ever loaded.
    /// </summary>
    internal static class TestElf
    {
        public const string Marker = "_ZSt21ios_base_library_initv";

        /// <summary>
        /// A library that needs GLIBCXX_3.4 and whatever versions <paramref name="symbols"/> name from libstdc++.so.6
        /// (version indices from 2 in order of first use), like libLibTorchSharp.so does.
        /// </summary>
        public static byte[] Consumer(IReadOnlyList<TestSymbol> symbols, byte elfClass = 2, byte dataEncoding = 1)
        {
            var dynstr = new StringTable();
            uint library = dynstr.Add("libstdc++.so.6");
            List<string> versions = new[] { "GLIBCXX_3.4" }.Concat(symbols.Select(s => s.Version).OfType<string>()).Distinct().ToList();

            var dynsym = new ByteWriter();
            var versym = new ByteWriter();
            dynsym.Zeros(24);
            versym.U16(0);
            var rela = new ByteWriter();
            for (int i = 0; i < symbols.Count; i++)
            {
                TestSymbol symbol = symbols[i];
                dynsym.U32(dynstr.Add(symbol.Name)).U8(0x12).U8(0).U16(0).U64(0).U64(0); // GLOBAL FUNC, undefined
                versym.U16(symbol.Version is null ? (ushort)1 : (ushort)(2 + versions.IndexOf(symbol.Version)));
                if (symbol.Relocated)
                {
                    rela.U64(0x1000 + (8UL * (ulong)i)).U64(((ulong)(i + 1) << 32) | 7).U64(0); // R_X86_64_JUMP_SLOT
                }
            }

            var verneed = new ByteWriter();
            verneed.U16(1).U16((ushort)versions.Count).U32(library).U32(16).U32(0);
            for (int v = 0; v < versions.Count; v++)
            {
                bool last = v == versions.Count - 1;
                verneed.U32(ElfHash(versions[v])).U16(0).U16((ushort)(2 + v)).U32(dynstr.Add(versions[v])).U32(last ? 0u : 16u);
            }

            var sections = new List<Section>
            {
                new Section(".dynstr", 3, dynstr.Bytes(), Link: 0, Info: 0, EntrySize: 0, Align: 1),
                new Section(".dynsym", 11, dynsym.ToArray(), Link: 1, Info: 1, EntrySize: 24, Align: 8),
                new Section(".gnu.version", 0x6fffffff, versym.ToArray(), Link: 2, Info: 0, EntrySize: 2, Align: 2),
                new Section(".gnu.version_r", 0x6ffffffe, verneed.ToArray(), Link: 1, Info: 1, EntrySize: 0, Align: 8),
            };
            if (rela.Length > 0)
            {
                sections.Add(new Section(".rela.plt", 4, rela.ToArray(), Link: 2, Info: 0, EntrySize: 24, Align: 8));
            }

            return Build(sections, elfClass, dataEncoding);
        }

        /// <summary>A stand-in for the host's libstdc++.so.6 that defines <paramref name="versions"/> in .gnu.version_d.</summary>
        public static byte[] Library(params string[] versions)
        {
            var dynstr = new StringTable();
            var verdef = new ByteWriter();
            var names = new[] { "libstdc++.so.6" }.Concat(versions).ToList();
            for (int i = 0; i < names.Count; i++)
            {
                bool last = i == names.Count - 1;
                ushort flags = i == 0 ? (ushort)1 : (ushort)0; // VER_FLG_BASE for the file's own name
                verdef.U16(1).U16(flags).U16((ushort)(i + 1)).U16(1).U32(ElfHash(names[i])).U32(20).U32(last ? 0u : 28u);
                verdef.U32(dynstr.Add(names[i])).U32(0);
            }

            var sections = new List<Section>
            {
                new Section(".dynstr", 3, dynstr.Bytes(), Link: 0, Info: 0, EntrySize: 0, Align: 1),
                new Section(".gnu.version_d", 0x6ffffffd, verdef.ToArray(), Link: 1, Info: (uint)names.Count, EntrySize: 0, Align: 8),
            };
            return Build(sections, 2, 1);
        }

        /// <summary>Offset and value of vna_flags of the Vernaux named <paramref name="version"/> in an image made by <see cref="Consumer"/>.</summary>
        public static int FlagsOffset(byte[] image, string version)
        {
            var needs = TypedGraph.Build.Tasks.Elf.ElfFile.Parse(image).ReadVersionNeeds();
            return (int)needs.SelectMany(n => n.Versions).Single(v => v.Name == version).FlagsFileOffset;
        }

        /// <summary>Offsets at which two equally long images differ.</summary>
        public static IReadOnlyList<int> Differences(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                throw new InvalidOperationException("lengths differ: " + a.Length + " vs " + b.Length);
            }

            return Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        }

        public static string TempDirectory()
        {
            string dir = Path.Combine(Path.GetTempPath(), "tg-build-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        private static byte[] Build(List<Section> sections, byte elfClass, byte dataEncoding)
        {
            var shstrtab = new StringTable();
            var nameOffsets = sections.Select(s => shstrtab.Add(s.Name)).ToList();
            uint shstrtabName = shstrtab.Add(".shstrtab");
            sections = sections.Concat(new[] { new Section(".shstrtab", 3, shstrtab.Bytes(), 0, 0, 0, 1) }).ToList();
            nameOffsets.Add(shstrtabName);

            var file = new ByteWriter();
            file.Zeros(64);
            var offsets = new List<long>();
            foreach (Section section in sections)
            {
                file.Align(section.Align);
                offsets.Add(file.Length);
                file.Raw(section.Data);
            }

            file.Align(8);
            long sectionHeaders = file.Length;
            file.Zeros(64); // section 0: SHT_NULL
            for (int i = 0; i < sections.Count; i++)
            {
                Section s = sections[i];
                file.U32(nameOffsets[i]).U32(s.Type).U64(s.Type == 3 ? 0UL : 2UL).U64(0).U64((ulong)offsets[i]).U64((ulong)s.Data.Length)
                    .U32(s.Link).U32(s.Info).U64(s.Align).U64(s.EntrySize);
            }

            byte[] image = file.ToArray();
            var header = new ByteWriter();
            header.Raw(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F', elfClass, dataEncoding, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
            header.U16(3).U16(62).U32(1).U64(0).U64(0).U64((ulong)sectionHeaders).U32(0)
                .U16(64).U16(0).U16(0).U16(64).U16((ushort)(sections.Count + 1)).U16((ushort)sections.Count);
            Array.Copy(header.ToArray(), image, 64);
            return image;
        }

        private static uint ElfHash(string name)
        {
            uint h = 0;
            foreach (byte c in Encoding.ASCII.GetBytes(name))
            {
                h = (h << 4) + c;
                uint g = h & 0xf0000000;
                if (g != 0)
                {
                    h ^= g >> 24;
                }

                h &= ~g;
            }

            return h;
        }

        private sealed record Section(string Name, uint Type, byte[] Data, uint Link, uint Info, ulong EntrySize, ulong Align);

        private sealed class StringTable
        {
            private readonly ByteWriter _bytes = new ByteWriter();
            private readonly Dictionary<string, uint> _offsets = new Dictionary<string, uint>();

            public StringTable() => _bytes.U8(0);

            public uint Add(string s)
            {
                if (!_offsets.TryGetValue(s, out uint offset))
                {
                    offset = (uint)_bytes.Length;
                    _bytes.Raw(Encoding.UTF8.GetBytes(s)).U8(0);
                    _offsets[s] = offset;
                }

                return offset;
            }

            public byte[] Bytes() => _bytes.ToArray();
        }

        private sealed class ByteWriter
        {
            private readonly List<byte> _bytes = new List<byte>();

            public long Length => _bytes.Count;

            public ByteWriter U8(byte v)
            {
                _bytes.Add(v);
                return this;
            }

            public ByteWriter U16(ushort v) => Raw(BitConverter.GetBytes(v));

            public ByteWriter U32(uint v) => Raw(BitConverter.GetBytes(v));

            public ByteWriter U64(ulong v) => Raw(BitConverter.GetBytes(v));

            public ByteWriter Zeros(int n) => Raw(new byte[n]);

            public ByteWriter Align(ulong alignment)
            {
                while (alignment > 1 && (ulong)_bytes.Count % alignment != 0)
                {
                    _bytes.Add(0);
                }

                return this;
            }

            public ByteWriter Raw(byte[] bytes)
            {
                _bytes.AddRange(bytes);
                return this;
            }

            public byte[] ToArray() => _bytes.ToArray();
        }
    }
}
