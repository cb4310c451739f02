using System.CommandLine;
using System.Text;
using AnnualReport.Cli;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("annual-report: bygger den årlige publikasjonen av integreringsindikatorer")
{
    BuildCommand.Create(),
    ValidateCommand.Create(),
    InspectCommand.Create(),
    MunicipalitiesCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
