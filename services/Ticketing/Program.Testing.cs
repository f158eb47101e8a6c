public partial class Program;
