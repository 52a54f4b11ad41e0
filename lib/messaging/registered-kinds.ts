// Every message kind the dispatcher can send; a process that dispatches imports this so none is missing.
import "./kinds/rd-contact";
import "./kinds/rd-template";
import "./kinds/wa-template";
import "./kinds/wa-text";
