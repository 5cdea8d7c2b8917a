#pragma once

namespace hostreview::commands {

/** QUndoCommand::id() values of the commands that merge with their successor. */
enum CommandId {
    MoveStationsId = 1001,  ///< consecutive moves of the same stations
    EditStationId = 1002,   ///< consecutive edits of the same field of one station (typing in a spin box)
    EditLinkId = 1003,
    EditClassId = 1004,
    EditScenarioId = 1005,
    EditAnswerNotesId = 1006, ///< consecutive typing in the evidence notes of one checklist answer
};

} // namespace hostreview::commands
