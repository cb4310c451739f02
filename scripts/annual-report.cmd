@echo off
rem The annual-report command on Windows: put this folder on PATH, or call it by its path.
rem Runs the program built in this checkout (build it once with: dotnet build src\AnnualReport.Cli -c Release).
if not exist "%~dp0..\src\AnnualReport.Cli\bin\Release\net10.0\annual-report.dll" dotnet build "%~dp0..\src\AnnualReport.Cli" -c Release --nologo -v quiet 1>&2
dotnet "%~dp0..\src\AnnualReport.Cli\bin\Release\net10.0\annual-report.dll" %*
